using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.People.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.People.AllocatedWorker;

/// <summary>Who is asking, as the limits and the audit trail see them.</summary>
/// <param name="ClientKey">The browser's address hashed (<see cref="ForAddress"/>) or the partner key's id.</param>
/// <param name="Actor">Who the audit trail names: the public, or the partner.</param>
/// <param name="Origin">The address the request came from, as every audit event records it.</param>
public sealed record LookupCaller(LookupChannel Channel, string ClientKey, AuditActor Actor, string? Origin)
{
    public const string PublicActor = "public:allocated-worker-lookup";

    /// <summary>A member of the public on the look-up page, counted by a hash of their address (the address itself is not kept).</summary>
    public static LookupCaller ForAddress(string? address) => new(
        LookupChannel.Public,
        "address:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(address ?? "unknown")))[..32],
        PublicActor,
        address);
}

public enum LookupOutcome
{
    Found,

    /// <summary>The identifier and date of birth do not belong to one person: an unknown identifier and a wrong date of birth alike.</summary>
    NotFound,

    /// <summary>Too many tries from this client, or too many failures against this identifier, in the last hour.</summary>
    TooManyAttempts,
}

/// <summary>What the look-up found. <see cref="Answer"/> only when <see cref="Outcome"/> is <see cref="LookupOutcome.Found"/>.</summary>
public sealed record LookupResult(LookupOutcome Outcome, AllocatedWorkerAnswer? Answer = null, TimeSpan? RetryAfter = null);

/// <summary>
/// Who holds the person and how to reach them, from the same allocation status advisors see on the contact and phone
/// pages. <see cref="Allocation"/> names the worker only where the council allows (<c>AllocatedWorker:ShowWorkerName</c>).
/// </summary>
/// <param name="LookupId">The look-up, which the offer to text the details refers to.</param>
/// <param name="MobileEnding">The last digits of the mobile number on the record, to say where a text would go; null when there is none.</param>
public sealed record AllocatedWorkerAnswer(Guid LookupId, AllocationStatus Allocation, string? MobileEnding)
{
    public bool CanText => MobileEnding is not null && Allocation.IsAllocated;
}

public enum TextDetailsOutcome
{
    Sent,

    /// <summary>This look-up's details were texted already: one text per look-up.</summary>
    AlreadySent,

    /// <summary>No such found look-up, it is over an hour old, or the record has no mobile number or no allocation.</summary>
    Unavailable,
}

/// <summary>
/// The public "find your worker" look-up and its partner API twin: an identifier (the reference on our letters or an
/// NHS number) and a date of birth that must belong to the same person. An unknown identifier and a wrong date of birth
/// are one outcome reached by the same work — one query that asks for both at once — so neither the answer nor its
/// timing says which it was. Attempts are counted per client and per identifier; each found look-up is audited
/// against the person, so it shows in their "who has looked at my record" report.
/// </summary>
public sealed class AllocatedWorkerLookup(
    FrontDoorDbContext db,
    TimeProvider clock,
    AllocationStatusLookup allocations,
    AuditLog audit,
    Outbox outbox,
    IOptions<AllocatedWorkerOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>How long after a look-up its details may still be texted.</summary>
    public static readonly TimeSpan TextWithin = TimeSpan.FromHours(1);

    private AllocatedWorkerOptions Settings => options.Value;

    public async Task<LookupResult> LookUpAsync(PersonIdentifier identifier, DateOnly dateOfBirth, LookupCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        ArgumentNullException.ThrowIfNull(caller);
        var now = clock.GetUtcNow();
        if (await RetryAfterAsync(identifier, caller, now, cancellationToken) is { } retryAfter)
        {
            return new LookupResult(LookupOutcome.TooManyAttempts, RetryAfter: retryAfter);
        }

        // Identifier and date of birth in one query: a wrong date of birth costs exactly what an unknown identifier does.
        var found = await Matching(identifier).Where(p => p.DateOfBirth == dateOfBirth)
            .Select(p => p.MergedIntoId ?? p.Id)
            .Distinct()
            .OrderBy(id => id)
            .Take(2)
            .ToListAsync(cancellationToken);

        // Two people sharing both (duplicate records not yet merged) cannot be told apart here: no answer rather than a wrong one.
        Guid? personId = found.Count == 1 ? found[0] : null;
        var attempt = new AllocatedWorkerLookupAttempt(Guid.CreateVersion7(now), now, caller.Channel, caller.ClientKey, identifier.Key, personId);
        db.AllocatedWorkerLookupAttempts.Add(attempt);
        if (personId is not { } id)
        {
            await db.SaveChangesAsync(cancellationToken);
            return new LookupResult(LookupOutcome.NotFound);
        }

        var allocation = (await allocations.ForAsync([id], cancellationToken)).GetValueOrDefault(id) ?? AllocationStatus.NotAllocated;
        var mobile = await MobileOfAsync(id, cancellationToken);
        audit.Record(caller.Actor, AuditAction.Viewed, "Person", AuditEvent.IdOf(id), caller.Origin, $"allocated worker look-up by {Describe(identifier.Kind)}", [id]);
        await db.SaveChangesAsync(cancellationToken);
        return new LookupResult(LookupOutcome.Found, new AllocatedWorkerAnswer(attempt.Id, AsShown(allocation), mobile is { } m ? m.National[^3..] : null));
    }

    /// <summary>
    /// Texts a found look-up's answer to the mobile number on the person's record, through the outbox; the number is
    /// never one the caller gave. A look-up texts once, however often its button is pressed (claimed in the database,
    /// so two presses at once cannot both send).
    /// </summary>
    public async Task<TextDetailsOutcome> TextDetailsAsync(Guid lookupId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var attempt = await db.AllocatedWorkerLookupAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == lookupId, cancellationToken);
        if (attempt?.PersonId is not { } personId || attempt.At < now - TextWithin)
        {
            return TextDetailsOutcome.Unavailable;
        }

        if (attempt.TextedAt is not null)
        {
            return TextDetailsOutcome.AlreadySent;
        }

        var allocation = (await allocations.ForAsync([personId], cancellationToken)).GetValueOrDefault(personId);
        if (allocation is not { IsAllocated: true } || await MobileOfAsync(personId, cancellationToken) is not { } mobile)
        {
            return TextDetailsOutcome.Unavailable;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.AllocatedWorkerLookupAttempts
            .Where(a => a.Id == lookupId && a.TextedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.TextedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return TextDetailsOutcome.AlreadySent;
        }

        var shown = AsShown(allocation);
        outbox.Add(MessageKind.NotifySms, NotifyTemplates.AllocatedWorkerDetailsSms.Name, mobile.Value, new Dictionary<string, string>
        {
            ["held_by"] = shown.HeldBy!,
            ["duty_phone"] = shown.DutyPhone ?? string.Empty,
            ["opening_hours"] = shown.OpeningHours ?? string.Empty,
        }, contactId: null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TextDetailsOutcome.Sent;
    }

    /// <summary>
    /// Identifiers with repeated failed look-ups in the last <paramref name="within"/>, most failures first, for
    /// administrators; their reading it is on the audit trail, since the list shows NHS numbers.
    /// </summary>
    public async Task<IReadOnlyList<RepeatedLookupFailures>> RepeatedFailuresAsync(TimeSpan within, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - within;
        var threshold = Settings.ReportFailuresFrom;
        var rows = await db.AllocatedWorkerLookupAttempts.AsNoTracking()
            .Where(a => a.PersonId == null && a.At > since)
            .GroupBy(a => a.IdentifierKey)
            .Where(g => g.Count() >= threshold)
            .Select(g => new { Identifier = g.Key, Failures = g.Count(), Clients = g.Select(a => a.ClientKey).Distinct().Count() })
            .ToListAsync(cancellationToken);

        // The latest time per identifier in memory: SQLite holds times as numbers EF will not take a maximum of.
        var keys = rows.Select(r => r.Identifier).ToList();
        var times = await db.AllocatedWorkerLookupAttempts.AsNoTracking()
            .Where(a => a.PersonId == null && a.At > since && keys.Contains(a.IdentifierKey))
            .Select(a => new { a.IdentifierKey, a.At })
            .ToListAsync(cancellationToken);
        var latest = times.GroupBy(t => t.IdentifierKey).ToDictionary(g => g.Key, g => g.Max(t => t.At));
        audit.Record(actor, AuditAction.Viewed, RepeatedLookupFailures.RecordType, null, origin, $"repeated failed allocated worker look-ups, {rows.Count} identifiers");
        await db.SaveChangesAsync(cancellationToken);

        return [.. rows
            .Select(r => RepeatedLookupFailures.From(r.Identifier, r.Failures, r.Clients, latest[r.Identifier]))
            .OrderByDescending(r => r.Failures).ThenByDescending(r => r.LastTriedAt)];
    }

    /// <summary>Null when the caller may try; otherwise how long until the oldest counted attempt leaves the hour.</summary>
    private async Task<TimeSpan?> RetryAfterAsync(PersonIdentifier identifier, LookupCaller caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - Window;
        var byClient = await db.AllocatedWorkerLookupAttempts.AsNoTracking()
            .Where(a => a.ClientKey == caller.ClientKey && a.At > since)
            .Select(a => a.At).ToListAsync(cancellationToken);

        // Failures only against the identifier: its owner's own successful look-ups never lock them out.
        var againstIdentifier = await db.AllocatedWorkerLookupAttempts.AsNoTracking()
            .Where(a => a.IdentifierKey == identifier.Key && a.PersonId == null && a.At > since)
            .Select(a => a.At).ToListAsync(cancellationToken);

        TimeSpan? wait = null;
        if (byClient.Count >= Settings.AttemptsPerHourPerClient)
        {
            wait = Until(byClient, Settings.AttemptsPerHourPerClient);
        }

        if (againstIdentifier.Count >= Settings.AttemptsPerHourPerIdentifier)
        {
            var identifierWait = Until(againstIdentifier, Settings.AttemptsPerHourPerIdentifier);
            wait = wait is { } w && w > identifierWait ? w : identifierWait;
        }

        return wait;

        // Room for one more once enough of the oldest have left the window.
        TimeSpan Until(List<DateTimeOffset> times, int limit)
        {
            var leaving = times.Order().ElementAt(times.Count - limit);
            var until = leaving + Window - now;
            return until > TimeSpan.Zero ? until : TimeSpan.FromSeconds(1);
        }
    }

    private IQueryable<Person> Matching(PersonIdentifier identifier)
    {
        var people = db.People.AsNoTracking();
        if (identifier.Kind == PersonIdentifierKind.NhsNumber)
        {
            var number = NhsNumber.Parse(identifier.Value);
            return people.Where(p => p.NhsNumber == number);
        }

        return people.Where(p => p.LasId == identifier.Value);
    }

    private async Task<PhoneNumber?> MobileOfAsync(Guid personId, CancellationToken cancellationToken)
    {
        var phones = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Phones).SingleOrDefaultAsync(cancellationToken);
        return phones?.FirstOrDefault(p => p.IsMobile) is { Value: not null } mobile ? mobile : null;
    }

    private AllocationStatus AsShown(AllocationStatus allocation) =>
        Settings.ShowWorkerName || allocation.TeamName is null ? allocation : allocation with { WorkerName = null, WorkerRole = null };

    private static string Describe(PersonIdentifierKind kind) => kind == PersonIdentifierKind.NhsNumber ? "NHS number" : "reference number";
}

/// <summary>An identifier someone keeps failing to match, for administrators: how often, from how many clients, and when last.</summary>
public sealed record RepeatedLookupFailures(PersonIdentifierKind Kind, string Identifier, int Failures, int Clients, DateTimeOffset LastTriedAt)
{
    public const string RecordType = "AllocatedWorkerLookupFailures";

    public static RepeatedLookupFailures From(string key, int failures, int clients, DateTimeOffset lastTriedAt) =>
        key.StartsWith("nhs:", StringComparison.Ordinal)
            ? new(PersonIdentifierKind.NhsNumber, NhsNumber.Parse(key[4..]).Formatted, failures, clients, lastTriedAt)
            : new(PersonIdentifierKind.Reference, key[4..], failures, clients, lastTriedAt);
}
