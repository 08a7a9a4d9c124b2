using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Insight;

/// <summary>Narrows the contact KPIs to one channel, source or team (the queue the contact is in); calls are not narrowed.</summary>
public sealed record KpiFilter(ContactChannel? Channel = null, ContactSource? Source = null, string? QueueKey = null)
{
    public static KpiFilter None { get; } = new();
}

/// <summary>
/// Computes <see cref="KpiCatalogue"/>'s KPIs for any period, in the database: each figure is a grouped count over the
/// period's rows (contacts by arrival, calls by offer), so a month costs a handful of queries whatever its size. Only
/// the two medians read one value per closed or answered contact, since neither provider can take a median in SQL the
/// same way.
/// </summary>
public sealed class KpiCalculator(FrontDoorDbContext db)
{
    private static readonly ContactOutcome[] FirstContactResolutions = [ContactOutcome.ResolvedByTier1, ContactOutcome.InformationAndAdvice, ContactOutcome.Signposted];

    public async Task<KpiFigures> CalculateAsync(KpiRange range, KpiFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var contacts = ContactsIn(range, filter ?? KpiFilter.None);

        var byChannel = await contacts.GroupBy(c => c.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var bySource = await contacts.GroupBy(c => c.Source).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var handOffs = await contacts.SumAsync(c => c.HandOffs, cancellationToken);

        // The main outcome is the contact's current one, so a contact closed twice is counted once, as it ended.
        var outcomes = await contacts.Where(c => c.Outcome != null)
            .GroupBy(c => new { c.Outcome, c.FailureDemandReason, NeverHandedOff = c.HandOffs == 0 })
            .Select(g => new { g.Key.Outcome, g.Key.FailureDemandReason, g.Key.NeverHandedOff, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var recurring = await contacts.CountAsync(c => c.RecurringOfContactId != null, cancellationToken);
        var stages = await contacts.Where(c => c.Stage != null).GroupBy(c => c.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var referrals = await db.Set<ContactReferral>()
            .Where(r => contacts.Any(c => c.Id == r.ContactId))
            .GroupBy(r => new { r.Type, r.BecameEnquiry })
            .Select(g => new { g.Key.Type, g.Key.BecameEnquiry, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // One row per answer pattern: satisfaction and the four agreements, so the survey KPIs cost one grouped query.
        var surveys = await db.Set<SurveyInvitation>()
            .Where(i => contacts.Any(c => c.Id == i.ContactId))
            .GroupBy(i => new { Answered = i.AnsweredAt != null, i.Satisfaction, i.AgreesRightPersonFirstTime, i.AgreesInformationHelped, i.AgreesAdviceHelpsWellbeing, i.AgreesContactSuitsMe })
            .Select(g => new { g.Key.Answered, g.Key.Satisfaction, g.Key.AgreesRightPersonFirstTime, g.Key.AgreesInformationHelped, g.Key.AgreesAdviceHelpsWellbeing, g.Key.AgreesContactSuitsMe, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var answered = surveys.Where(s => s.Answered).ToList();
        var statementAnswers = answered
            .SelectMany(s => new[] { s.AgreesRightPersonFirstTime, s.AgreesInformationHelped, s.AgreesAdviceHelpsWellbeing, s.AgreesContactSuitsMe }.Select(agrees => (agrees, s.Count)))
            .Where(a => a.agrees is not null)
            .ToList();

        var calls = db.CallRecords.AsNoTracking().Where(c => c.OfferedAt >= range.Start && c.OfferedAt < range.EndExclusive);

        // Queue times as a histogram (seconds, calls): enough for the mean and the percentile, and small.
        var queueHistogram = await calls.GroupBy(c => new { c.QueueSeconds, Answered = c.AnsweredAt != null })
            .Select(g => new { g.Key.QueueSeconds, g.Key.Answered, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byIvr = await calls.GroupBy(c => new { c.IvrOption, Answered = c.AnsweredAt != null })
            .Select(g => new { g.Key.IvrOption, g.Key.Answered, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var callsOffered = queueHistogram.Sum(b => b.Count);
        var closed = outcomes.Sum(o => o.Count);
        var failureDemand = outcomes
            .Select(o => new { Reason = FailureDemand.Reason(o.FailureDemandReason, o.Outcome), o.Count })
            .Where(o => o.Reason is not null)
            .ToList();
        var alerts = referrals.Where(r => r.Type == ReferralType.Safeguarding).ToList();

        return new KpiFigures
        {
            Range = range,
            ContactsReceived = byChannel.Sum(c => c.Count),
            ContactsByChannel = [.. byChannel.OrderByDescending(c => c.Count).ThenBy(c => c.Key).Select(c => new KpiCount(c.Key.ToString(), c.Count))],
            ContactsBySource = [.. bySource.OrderByDescending(c => c.Count).ThenBy(c => c.Key).Select(c => new KpiCount(c.Key.ToString(), c.Count))],
            HandOffs = handOffs,
            ContactsClosed = closed,
            FailureDemand = failureDemand.Sum(o => o.Count),
            FailureDemandReasons = [.. failureDemand.GroupBy(o => o.Reason!.Value).Select(g => new KpiCount(g.Key.ToString(), g.Sum(o => o.Count))).OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)],
            Recurring = recurring,
            Allocated = outcomes.Where(o => o.Outcome == ContactOutcome.RedirectedToAllocatedWorker).Sum(o => o.Count),
            InformationAndAdvice = outcomes.Where(o => o.Outcome == ContactOutcome.InformationAndAdvice).Sum(o => o.Count),
            ResolvedAtFirstContact = outcomes.Where(o => o.NeverHandedOff && FirstContactResolutions.Contains(o.Outcome!.Value)).Sum(o => o.Count),
            ContactsByStage = [.. stages.OrderBy(s => s.Key).Select(s => new KpiCount(s.Key!.Value.ToString(), s.Count))],
            ReferralsByPathway = [.. referrals.GroupBy(r => r.Type).OrderBy(g => g.Key).Select(g => new KpiCount(g.Key.ToString(), g.Sum(r => r.Count)))],
            SafeguardingAlerts = alerts.Sum(r => r.Count),
            SafeguardingAlertsDecided = alerts.Where(r => r.BecameEnquiry != null).Sum(r => r.Count),
            SafeguardingEnquiries = alerts.Where(r => r.BecameEnquiry == true).Sum(r => r.Count),
            SurveysSent = surveys.Sum(s => s.Count),
            SurveysAnswered = answered.Sum(s => s.Count),
            SurveysSatisfied = answered.Where(s => s.Satisfaction >= 4).Sum(s => s.Count),
            IStatementsAnswered = statementAnswers.Sum(a => a.Count),
            IStatementsAgreed = statementAnswers.Where(a => a.agrees == true).Sum(a => a.Count),
            IStatementAnswers = [.. Enumerable.Range(0, IStatements.All.Count).Select(statement => new IStatementAnswers(
                statement,
                answered.Where(s => AgreementWith(statement, s.AgreesRightPersonFirstTime, s.AgreesInformationHelped, s.AgreesAdviceHelpsWellbeing, s.AgreesContactSuitsMe) == true).Sum(s => s.Count),
                answered.Where(s => AgreementWith(statement, s.AgreesRightPersonFirstTime, s.AgreesInformationHelped, s.AgreesAdviceHelpsWellbeing, s.AgreesContactSuitsMe) == false).Sum(s => s.Count)))],
            CallsOffered = callsOffered,
            CallsAnswered = queueHistogram.Where(b => b.Answered).Sum(b => b.Count),
            AbandonedCalls = queueHistogram.Where(b => !b.Answered).Sum(b => b.Count),
            AverageQueueSeconds = callsOffered == 0 ? null : queueHistogram.Sum(b => (double)b.QueueSeconds * b.Count) / callsOffered,
            QueueSeconds90thPercentile = KpiMaths.NearestRankPercentile(queueHistogram.Select(b => (b.QueueSeconds, b.Count)), 90),
            CallsByIvrOption = [.. byIvr.GroupBy(b => b.IvrOption ?? NoIvrOption)
                .Select(g => new IvrOptionCalls(g.Key, g.Sum(b => b.Count), g.Where(b => !b.Answered).Sum(b => b.Count)))
                .OrderByDescending(o => o.Offered).ThenBy(o => o.Option, StringComparer.Ordinal)],
            MedianSecondsToFirstResponse = await MedianSecondsToFirstResponseAsync(contacts, cancellationToken),
            MedianSecondsToResolution = await MedianSecondsToResolutionAsync(contacts, cancellationToken),
        };
    }

    /// <summary>Each calendar month the range touches (cut to the range), oldest first: the trend charts' data.</summary>
    public async Task<IReadOnlyList<KpiFigures>> MonthlyAsync(KpiRange range, KpiFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var months = new List<KpiFigures>();
        foreach (var month in range.Months())
        {
            months.Add(await CalculateAsync(month, filter, cancellationToken));
        }

        return months;
    }

    /// <summary>What the calls with no menu choice recorded are listed as.</summary>
    public const string NoIvrOption = "(none)";

    private IQueryable<Contact> ContactsIn(KpiRange range, KpiFilter filter)
    {
        var contacts = db.Contacts.AsNoTracking().Where(c => c.ReceivedAt >= range.Start && c.ReceivedAt < range.EndExclusive);
        if (filter.Channel is { } channel)
        {
            contacts = contacts.Where(c => c.Channel == channel);
        }

        if (filter.Source is { } source)
        {
            contacts = contacts.Where(c => c.Source == source);
        }

        if (filter.QueueKey is { } queueKey)
        {
            contacts = contacts.Where(c => c.QueueKey == queueKey);
        }

        return contacts;
    }

    private async Task<double?> MedianSecondsToFirstResponseAsync(IQueryable<Contact> contacts, CancellationToken cancellationToken)
    {
        // The first thing a person (not FrontDoor's own routing and rules) did to the contact.
        var systemRole = Contacts.Events.ContactEvent.System.Role;
        var pairs = await contacts
            .Select(c => new
            {
                c.ReceivedAt,
                FirstAt = db.ContactEvents.Where(e => e.ContactId == c.Id && e.ActorRole != systemRole).OrderBy(e => e.At).Select(e => (DateTimeOffset?)e.At).FirstOrDefault(),
            })
            .Where(p => p.FirstAt != null)
            .ToListAsync(cancellationToken);
        return KpiMaths.Median([.. pairs.Select(p => (p.FirstAt!.Value - p.ReceivedAt).TotalSeconds)]);
    }

    private static async Task<double?> MedianSecondsToResolutionAsync(IQueryable<Contact> contacts, CancellationToken cancellationToken)
    {
        var pairs = await contacts.Where(c => c.ClosedAt != null).Select(c => new { c.ReceivedAt, c.ClosedAt }).ToListAsync(cancellationToken);
        return KpiMaths.Median([.. pairs.Select(p => (p.ClosedAt!.Value - p.ReceivedAt).TotalSeconds)]);
    }

    private static bool? AgreementWith(int statement, params bool?[] agreements) => agreements[statement];
}
