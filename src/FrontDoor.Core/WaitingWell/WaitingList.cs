using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.WaitingWell;

/// <summary>Where someone's keep-in-touch check-in stands.</summary>
public enum CheckInState
{
    NotYetDue,
    Due,
    Overdue,
}

/// <summary>Someone on a team's waiting list: their risk, when they joined, what they wait for and when to check in.</summary>
public sealed record WaitingPerson(
    Guid ContactId,
    ContactReference Reference,
    Guid? PersonId,
    TriagePriority Risk,
    DateTimeOffset JoinedAt,
    ReferralType WaitingFor,
    DateTimeOffset? LastCheckInAt,
    DateTimeOffset CheckInDueAt,
    CheckInState CheckIn);

/// <summary>The columns a waiting list can be sorted by; <see cref="Default"/> is overdue, due, risk, longest waiting.</summary>
public enum WaitingListSort
{
    Default,
    Risk,
    WaitingSince,
    CheckInDue,
}

/// <summary>
/// Which of a team's waiting people to list, and in what order. An empty set filters nothing. Sorting ascending puts
/// the highest risk, the longest waiting or the earliest check-in first; ties keep the default order.
/// </summary>
public sealed record WaitingListQuery
{
    public static readonly WaitingListQuery Everyone = new();

    public IReadOnlyCollection<TriagePriority> Risks { get; init; } = [];

    public IReadOnlyCollection<CheckInState> CheckIns { get; init; } = [];

    public IReadOnlyCollection<ReferralType> WaitingFor { get; init; } = [];

    public WaitingListSort Sort { get; init; } = WaitingListSort.Default;

    public bool Descending { get; init; }
}

/// <summary>
/// A rise in risk found at a check-in that the team has not yet acted on; <paramref name="ByText"/> when it is the
/// person's answer to a texted check-in (things have changed, or call me), which leaves the risk as it was.
/// </summary>
public sealed record RiskEscalation(Guid ContactId, ContactReference Reference, string? QueueKey, TriagePriority? From, TriagePriority? To, DateTimeOffset At, bool ByText = false);

/// <summary>What a check-in found and agreed.</summary>
public sealed record CheckInAnswers(bool? CircumstancesChanged, string? WhatChanged, string? WhatWasAgreed, TriagePriority? Risk);

/// <summary>
/// Waiting well: a contact referred to a team waits on that team's list until the team closes it, kept in touch with
/// on a schedule by risk. The list, the check-ins and the escalation on a rise in risk all read and write the
/// contact's typed events, so nothing is kept twice.
/// </summary>
public sealed class WaitingList(FrontDoorDbContext db, TimeProvider clock, ContactWork work, IOptions<WaitingWellOptions> options)
{
    public const int MaxAnswerLength = 1000;

    /// <summary>The team's waiting list: overdue check-ins first, then due, then by risk, then the longest waiting.</summary>
    public Task<IReadOnlyList<WaitingPerson>> ForTeamAsync(string queueKey, CancellationToken cancellationToken = default) =>
        ForTeamAsync(queueKey, WaitingListQuery.Everyone, cancellationToken);

    /// <summary>The team's waiting list filtered by risk, check-in state and what they wait for, in the order asked.</summary>
    public async Task<IReadOnlyList<WaitingPerson>> ForTeamAsync(string queueKey, WaitingListQuery query, CancellationToken cancellationToken = default)
    {
        // The check-in state depends on the clock and the schedule, so filtering and sorting happen here, not in SQL;
        // a team's list is the people it has open, which is small.
        var people = (await WaitingAsync(queueKey, cancellationToken))
            .Select(w => w.Person)
            .Where(p => query.Risks.Count == 0 || query.Risks.Contains(p.Risk))
            .Where(p => query.CheckIns.Count == 0 || query.CheckIns.Contains(p.CheckIn))
            .Where(p => query.WaitingFor.Count == 0 || query.WaitingFor.Contains(p.WaitingFor));
        var sorted = query.Sort switch
        {
            WaitingListSort.Risk => query.Descending ? people.OrderByDescending(p => p.Risk) : people.OrderBy(p => p.Risk),
            WaitingListSort.WaitingSince => query.Descending ? people.OrderByDescending(p => p.JoinedAt) : people.OrderBy(p => p.JoinedAt),
            WaitingListSort.CheckInDue => query.Descending ? people.OrderByDescending(p => p.CheckInDueAt) : people.OrderBy(p => p.CheckInDueAt),
            _ => people.OrderByDescending(p => p.CheckIn),
        };
        return
        [
            .. sorted
                .ThenByDescending(p => p.CheckIn)
                .ThenBy(p => p.Risk)
                .ThenBy(p => p.JoinedAt),
        ];
    }

    /// <summary>
    /// Records a check-in by phone: any change in circumstances or risk, what was agreed, and the risk now. A higher
    /// risk escalates to the team manager at once and moves the person up the list.
    /// </summary>
    public Task<Contact> CheckInByPhoneAsync(Guid contactId, int seenVersion, CheckInAnswers answers, AuditActor by, CancellationToken cancellationToken = default)
    {
        var problems = new List<(string Field, string Message)>();
        if (answers.CircumstancesChanged is null)
        {
            problems.Add((nameof(answers.CircumstancesChanged), "Select yes if anything has changed in the person's circumstances or risk"));
        }
        else if (answers.CircumstancesChanged == true && string.IsNullOrWhiteSpace(answers.WhatChanged))
        {
            problems.Add((nameof(answers.WhatChanged), "Enter what has changed"));
        }

        if (string.IsNullOrWhiteSpace(answers.WhatWasAgreed))
        {
            problems.Add((nameof(answers.WhatWasAgreed), "Enter what was agreed"));
        }

        if (answers.Risk is not { } risk || !Enum.IsDefined(risk))
        {
            problems.Add((nameof(answers.Risk), "Select the person's risk now"));
        }

        foreach (var (field, text) in new[] { (nameof(answers.WhatChanged), answers.WhatChanged), (nameof(answers.WhatWasAgreed), answers.WhatWasAgreed) })
        {
            if (text?.Trim().Length > MaxAnswerLength)
            {
                problems.Add((field, $"The answer must be {MaxAnswerLength:N0} characters or fewer"));
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainValidationException(problems[0].Field, problems[0].Message);
        }

        var how = answers.CircumstancesChanged == true
            ? $"By phone. Changed: {answers.WhatChanged!.Trim()} Agreed: {answers.WhatWasAgreed!.Trim()}"
            : $"By phone. Nothing changed. Agreed: {answers.WhatWasAgreed!.Trim()}";
        return work.ChangeAsync(contactId, seenVersion, (contact, now) =>
        {
            if (contact.Status != ContactStatus.Routed)
            {
                throw new DomainValidationException("ContactId", "The person is not waiting for a team");
            }

            contact.RecordCheckIn(answers.Risk!.Value, how, now, by);
        }, cancellationToken);
    }

    /// <summary>
    /// Rises in risk for the team manager, newest first. One stays listed until someone acts on it after it was raised:
    /// records another check-in or changes the priority, or the contact leaves the team's list. A later answer by
    /// text is not someone acting on it.
    /// </summary>
    public async Task<IReadOnlyList<RiskEscalation>> UnacknowledgedEscalationsAsync(CancellationToken cancellationToken = default)
    {
        var escalations = await db.ContactEvents.AsNoTracking()
            .Where(e => e.Kind == ContactEventKind.RiskEscalated)
            .Join(db.Contacts.Where(c => c.Status == ContactStatus.Routed), e => e.ContactId, c => c.Id,
                (e, c) => new { e.ContactId, e.ContactVersion, e.At, e.From, e.To, e.ActorId, c.Reference, c.QueueKey })
            .ToListAsync(cancellationToken);
        var ids = escalations.Select(e => e.ContactId).Distinct().ToList();
        var lastActedOn = (await db.ContactEvents.AsNoTracking()
                .Where(e => ids.Contains(e.ContactId) && e.ActorId != CheckInTexts.ThePersonByText.Id
                    && (e.Kind == ContactEventKind.CheckedIn || e.Kind == ContactEventKind.PriorityChanged || e.Kind == ContactEventKind.PriorityOverridden))
                .Select(e => new { e.ContactId, e.ContactVersion })
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.ContactId)
            .ToDictionary(g => g.Key, g => g.Max(e => e.ContactVersion));

        return
        [
            .. escalations
                .Where(e => !lastActedOn.TryGetValue(e.ContactId, out var version) || version <= e.ContactVersion)
                .Select(e => new RiskEscalation(e.ContactId, e.Reference, e.QueueKey, Risk(e.From), Risk(e.To), e.At, e.ActorId == CheckInTexts.ThePersonByText.Id))
                .OrderByDescending(e => e.At),
        ];

        static TriagePriority? Risk(string? value) => Enum.TryParse<TriagePriority>(value, out var risk) ? risk : null;
    }

    /// <summary>How many check-ins are overdue on each team's waiting list, for the teams that have any.</summary>
    public async Task<IReadOnlyDictionary<string, int>> OverdueCheckInsByTeamAsync(CancellationToken cancellationToken = default) =>
        (await WaitingAsync(queueKey: null, cancellationToken))
            .Where(w => w.Person.CheckIn == CheckInState.Overdue)
            .GroupBy(w => w.QueueKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>
    /// Everyone waiting on one team's list, or on every team's when <paramref name="queueKey"/> is null, in two
    /// queries whatever the number of teams: a person waits on the list of the team their contact was last referred to.
    /// </summary>
    private async Task<List<(string QueueKey, WaitingPerson Person)>> WaitingAsync(string? queueKey, CancellationToken cancellationToken)
    {
        var contacts = db.Contacts.AsNoTracking().Where(c => c.Status == ContactStatus.Routed && c.QueueKey != null);
        var referrals = db.Set<ContactReferral>().AsNoTracking();
        if (queueKey is not null)
        {
            contacts = contacts.Where(c => c.QueueKey == queueKey);
            referrals = referrals.Where(r => r.QueueKey == queueKey);
        }

        var waiting = await contacts
            .Join(referrals, c => new { c.Id, QueueKey = c.QueueKey! }, r => new { Id = r.ContactId, r.QueueKey },
                (c, r) => new { c.Id, QueueKey = c.QueueKey!, c.Reference, c.PersonId, c.Priority, r.ReferredAt, r.Type })
            .ToListAsync(cancellationToken);
        var ids = waiting.Select(w => w.Id).Distinct().ToList();
        var checkIns = (await db.ContactEvents.AsNoTracking()
                .Where(e => ids.Contains(e.ContactId) && e.Kind == ContactEventKind.CheckedIn)
                .Select(e => new { e.ContactId, e.At })
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.ContactId)
            .ToDictionary(g => g.Key, g => g.Max(e => e.At));

        var now = clock.GetUtcNow();
        return
        [
            .. waiting
                .GroupBy(w => w.Id)
                .Select(g => g.OrderByDescending(w => w.ReferredAt).First())
                .Select(w =>
                {
                    var risk = w.Priority ?? TriagePriority.Medium;
                    var last = checkIns.TryGetValue(w.Id, out var at) ? at : (DateTimeOffset?)null;
                    var due = (last ?? w.ReferredAt) + options.Value.CheckInEvery.For(risk);
                    return (w.QueueKey, new WaitingPerson(w.Id, w.Reference, w.PersonId, risk, w.ReferredAt, w.Type, last, due, StateAt(due, now)));
                }),
        ];
    }

    private CheckInState StateAt(DateTimeOffset due, DateTimeOffset now) =>
        now < due ? CheckInState.NotYetDue : now < due + options.Value.OverdueAfter ? CheckInState.Due : CheckInState.Overdue;
}
