using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts.CallBacks;

/// <summary>Why a member of staff phoned someone about a contact.</summary>
public enum OutboundCallPurpose
{
    /// <summary>To get facts the contact or referral lacked: what the "outbound chase calls" KPI counts.</summary>
    ChaseMissingInformation,

    /// <summary>A call back, arranged or promised.</summary>
    CallBack,

    Other,
}

/// <summary>What a member of staff records of a call they made: why, to whom, whether it got through, the facts chased and a note.</summary>
public sealed record OutboundCallRequest(OutboundCallPurpose? Purpose, CallBackPerson? Called, bool? GotThrough, IReadOnlyList<ReferralField> FactsChased, string? Note)
{
    public const int MaxNoteLength = ContactEvent.MaxReasonLength;

    /// <summary>Every problem at once, each with its field, in GOV.UK words.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (Purpose is not { } purpose || !Enum.IsDefined(purpose))
        {
            problems.Add((nameof(Purpose), "Select why you made the call"));
        }

        if (Called is not { } called || !Enum.IsDefined(called))
        {
            problems.Add((nameof(Called), "Select who you called"));
        }

        if (GotThrough is null)
        {
            problems.Add((nameof(GotThrough), "Select whether the call got through"));
        }

        if (FactsChased.Count > 0 && Purpose != OutboundCallPurpose.ChaseMissingInformation)
        {
            problems.Add((nameof(FactsChased), "Only tick the facts you were chasing when the call was to chase missing information"));
        }

        if (Purpose == OutboundCallPurpose.Other && string.IsNullOrWhiteSpace(Note))
        {
            // "Something else" says nothing on the timeline by itself: the note is what the call was for.
            problems.Add((nameof(Note), "Enter what the call was about"));
        }
        else if (Note?.Trim().Length > MaxNoteLength)
        {
            problems.Add((nameof(Note), $"The note must be {MaxNoteLength:N0} characters or fewer"));
        }

        return problems;
    }
}

/// <summary>
/// The details of one outbound call beside its <see cref="ContactEventKind.OutboundCallMade"/> event (same id): whether
/// it got through and which facts it chased. KPIs count the events; this says more about each.
/// </summary>
public sealed class ContactOutboundCall
{
    public const int MaxFactsLength = 400;

    public ContactOutboundCall(Guid eventId, Guid contactId, DateTimeOffset at, OutboundCallPurpose purpose, CallBackPerson called, bool gotThrough, IEnumerable<ReferralField> factsChased)
    {
        EventId = eventId;
        ContactId = contactId;
        At = at;
        Purpose = purpose;
        Called = called;
        GotThrough = gotThrough;
        FactsChased = string.Join(',', factsChased.Distinct().Order());
    }

    private ContactOutboundCall()
    {
        FactsChased = string.Empty;
    }

    public Guid EventId { get; private set; }

    public Guid ContactId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public OutboundCallPurpose Purpose { get; private set; }

    public CallBackPerson Called { get; private set; }

    /// <summary>False when no one answered or the number was wrong: the call still counts as made.</summary>
    public bool GotThrough { get; private set; }

    /// <summary><see cref="ReferralField"/> names, comma separated; empty when none were ticked.</summary>
    public string FactsChased { get; private set; }

    public IReadOnlyList<ReferralField> Facts => [.. FactsChased.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(f => Enum.TryParse<ReferralField>(f, out var fact) ? (ReferralField?)fact : null).OfType<ReferralField>()];
}

/// <summary>
/// Staff record a call they made about a contact — to chase missing information, as a call back, or otherwise — as a
/// typed event written with the contact through <see cref="ContactWork.ChangeAsync"/>, so a page that is out of date is refused.
/// </summary>
public sealed class OutboundCalls(FrontDoorDbContext db, TimeProvider clock, ContactWork work)
{
    public async Task<ContactOutboundCall> RecordAsync(Guid contactId, int seenVersion, OutboundCallRequest request, AuditActor by, CancellationToken cancellationToken = default)
    {
        if (request.Problems() is { Count: > 0 } problems)
        {
            throw new DomainValidationException(problems[0].Field, problems[0].Message);
        }

        ContactOutboundCall? call = null;
        await work.ChangeAsync(contactId, seenVersion, (contact, now) =>
        {
            var made = contact.RecordOutboundCall(request.Purpose!.Value, request.Called!.Value, request.Note?.Trim().ReplaceLineEndings("\n"), now, by);
            call = new ContactOutboundCall(made.Id, contactId, now, request.Purpose.Value, request.Called.Value, request.GotThrough!.Value, request.FactsChased);
            db.Add(call);
            new AuditLog(db, clock).Record(by, AuditAction.Updated, nameof(Contact), AuditEvent.IdOf(contactId), null, "outbound call recorded", contact.PersonId is { } person ? [person] : null);
        }, cancellationToken);
        return call!;
    }

    /// <summary>
    /// The facts an advisor might phone to chase: what the referral's partner type asks for and it arrived without,
    /// required first. Empty for contacts not from a professional partner.
    /// </summary>
    public async Task<IReadOnlyList<ReferralField>> FactsToChaseAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        if (ReferralCompleteness.PartnerTypeFor(contact.Source) is not { } partner)
        {
            return [];
        }

        var answered = await db.ContactAnswers.AsNoTracking().Where(a => a.ContactId == contact.Id && a.Answer != string.Empty).Select(a => a.Key).ToListAsync(cancellationToken);
        var result = ReferralCompleteness.Score(partner, new ReferralEvidence(contact.ReportedPerson, contact.Caller, contact.Story, contact.Consent, contact.ImmediateRisk, contact.CommunicationNeeds, answered));
        return [.. result.MissingRequired, .. result.MissingDesirable];
    }

    /// <summary>The contact's outbound calls' details, by the id of their event, for its timeline.</summary>
    public async Task<IReadOnlyDictionary<Guid, ContactOutboundCall>> ForContactAsync(Guid contactId, CancellationToken cancellationToken = default) =>
        await db.Set<ContactOutboundCall>().AsNoTracking().Where(c => c.ContactId == contactId).ToDictionaryAsync(c => c.EventId, cancellationToken);
}
