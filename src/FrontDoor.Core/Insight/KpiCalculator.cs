using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
/// <param name="waitingWell">The check-in schedule the waiting list's overdue check-ins are counted by; the defaults when not given.</param>
/// <param name="clock">Where "now" is, for a waiting list snapshot of a period not yet ended; the system clock when not given.</param>
public sealed class KpiCalculator(FrontDoorDbContext db, IOptions<WaitingWellOptions>? waitingWell = null, TimeProvider? clock = null)
{
    private static readonly ContactOutcome[] FirstContactResolutions = [ContactOutcome.ResolvedByTier1, ContactOutcome.InformationAndAdvice, ContactOutcome.Signposted];

    /// <summary>The main outcomes the front door (the customer service centre's Tier 1 and its own Tier 2 workers) resolves itself.</summary>
    public static IReadOnlyList<ContactOutcome> FrontDoorResolutions { get; } =
        [ContactOutcome.ResolvedByTier1, ContactOutcome.InformationAndAdvice, ContactOutcome.Signposted, ContactOutcome.NoFurtherAction, ContactOutcome.PassedToTier2];

    /// <summary>The senders whose contacts are professional referrals: those with a partner type (<see cref="Contacts.Intake.ReferralCompleteness.PartnerTypeFor"/>).</summary>
    public static IReadOnlyList<ContactSource> ProfessionalSources { get; } =
        [.. Enum.GetValues<ContactSource>().Where(s => Contacts.Intake.ReferralCompleteness.PartnerTypeFor(s) is not null)];

    /// <summary>The age bands of the channel mix, youngest first, then <see cref="Unknown"/>.</summary>
    public static IReadOnlyList<string> AgeBands { get; } = ["Under 18", "18 to 64", "65 to 74", "75 to 84", "85 and over", Unknown];

    /// <summary>The age band or area of a contact whose person is not known (unmatched, no date of birth or no address).</summary>
    public const string Unknown = "Unknown";

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

        var frontDoorOutcomes = FrontDoorResolutions.ToArray();
        var resolvedAtFrontDoor = await contacts
            .CountAsync(c => c.Outcome != null && frontDoorOutcomes.Contains(c.Outcome.Value) && !db.Set<ContactReferral>().Any(r => r.ContactId == c.Id), cancellationToken);

        // Scored once, by intake, as the referral arrived: later corrections by staff do not make it complete. Rows scored
        // before intake kept the missing facts are complete only with a score of 100.
        var completeness = await contacts
            .Where(c => (c.Channel == ContactChannel.ProfessionalEForm || c.Channel == ContactChannel.PartnerApi) && c.CompletenessScore != null)
            .GroupBy(c => new { Score = c.CompletenessScore!.Value, Missing = c.MissingRequiredFacts })
            .Select(g => new { g.Key.Score, g.Key.Missing, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var missingFacts = completeness
            .Where(c => !string.IsNullOrEmpty(c.Missing))
            .SelectMany(c => c.Missing!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(fact => (Fact: fact, c.Count)))
            .GroupBy(f => f.Fact)
            .Select(g => new KpiCount(g.Key, g.Sum(f => f.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();

        // Chase calls are counted with the contact they were about, by its arrival, like every contact KPI.
        var professionalSources = ProfessionalSources.ToArray();
        var chasePurpose = nameof(OutboundCallPurpose.ChaseMissingInformation);
        var chaseCalls = await db.ContactEvents
            .Where(e => e.Kind == ContactEventKind.OutboundCallMade && e.To == chasePurpose)
            .Join(contacts, e => e.ContactId, c => c.Id, (e, c) => new { Professional = professionalSources.Contains(c.Source) })
            .GroupBy(e => e.Professional)
            .Select(g => new { Professional = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var professionalReferrals = bySource.Where(s => professionalSources.Contains(s.Key)).Sum(s => s.Count);
        var assessments = db.Set<ContactAssessment>().Where(a => contacts.Any(c => c.Id == a.ContactId));
        var benefits = await assessments.Where(a => a.BenefitsAdvice != null)
            .GroupBy(a => a.BenefitsAdvice)
            .Select(g => new { Offer = g.Key!.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Summed here: SQLite cannot add up decimals in SQL, and only the few contacts with an amount are read.
        var incomes = await assessments.Where(a => a.AnnualIncomeGained != null).Select(a => a.AnnualIncomeGained!.Value).ToListAsync(cancellationToken);
        var (byAgeBand, byArea) = await ChannelMixAsync(contacts, byChannel.Select(c => (c.Key, c.Count)).ToList(), cancellationToken);
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var waitingAt = now < range.EndExclusive ? now : range.EndExclusive;

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
            ResolvedAtFrontDoor = resolvedAtFrontDoor,
            ProfessionalReferralsScored = completeness.Sum(c => c.Count),
            ProfessionalReferralsComplete = completeness.Where(c => c.Missing == string.Empty || (c.Missing is null && c.Score == 100)).Sum(c => c.Count),
            MissingRequiredFacts = missingFacts,
            OutboundChaseCalls = chaseCalls.Sum(c => c.Count),
            ChaseCallsOnProfessionalReferrals = chaseCalls.Where(c => c.Professional).Sum(c => c.Count),
            ProfessionalReferrals = professionalReferrals,
            AverageReferralCompleteness = completeness.Count == 0 ? null : completeness.Sum(c => (double)c.Score * c.Count) / completeness.Sum(c => c.Count),
            BenefitsAdviceRecorded = benefits.Sum(b => b.Count),
            BenefitsAdviceOffered = benefits.Where(b => b.Offer != BenefitsAdviceOffer.NotOffered).Sum(b => b.Count),
            AnnualIncomeGained = incomes.Sum(),
            WaitingListAt = waitingAt,
            WaitingListByRisk = await WaitingListAsync(waitingAt, filter ?? KpiFilter.None, cancellationToken),
            ChannelByAgeBand = byAgeBand,
            ChannelByArea = byArea,
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

    /// <summary>
    /// Contacts by channel and by the matched person's age band at arrival and postcode district. One row per matched
    /// contact is read (the age needs the arrival date); unmatched contacts are the channel's total less the matched.
    /// </summary>
    private async Task<(IReadOnlyList<KpiCrossCount> ByAgeBand, IReadOnlyList<KpiCrossCount> ByArea)> ChannelMixAsync(
        IQueryable<Contact> contacts, IReadOnlyList<(ContactChannel Channel, int Count)> byChannel, CancellationToken cancellationToken)
    {
        var matched = await contacts.Where(c => c.PersonId != null)
            .Join(db.People.AsNoTracking(), c => c.PersonId, p => (Guid?)p.Id, (c, p) => new { c.Channel, c.ReceivedAt, p.DateOfBirth, p.Address })
            .ToListAsync(cancellationToken);
        var rows = matched
            .Select(m => (m.Channel, AgeBand: AgeBandAt(m.DateOfBirth, DateOnly.FromDateTime(m.ReceivedAt.UtcDateTime)), Area: m.Address?.Postcode.Outward ?? Unknown))
            .ToList();
        var unmatched = byChannel
            .Select(c => (c.Channel, Count: c.Count - rows.Count(r => r.Channel == c.Channel)))
            .Where(c => c.Count > 0)
            .ToList();

        List<KpiCrossCount> Cross(Func<(ContactChannel Channel, string AgeBand, string Area), string> group, Func<string, int> order) =>
        [
            .. rows.GroupBy(r => (r.Channel, Group: group(r)))
                .Select(g => (g.Key.Channel, g.Key.Group, Count: g.Count()))
                .Concat(unmatched.Select(u => (u.Channel, Group: Unknown, u.Count)))
                .GroupBy(c => (c.Channel, c.Group))
                .Select(g => (g.Key.Channel, g.Key.Group, Count: g.Sum(c => c.Count)))
                .OrderBy(c => c.Channel).ThenBy(c => order(c.Group)).ThenBy(c => c.Group, StringComparer.Ordinal)
                .Select(c => new KpiCrossCount(c.Channel.ToString(), c.Group, c.Count)),
        ];

        var byAgeBand = Cross(r => r.AgeBand, band => AgeBands.ToList().IndexOf(band));
        var byArea = Cross(r => r.Area, area => area == Unknown ? 1 : 0);
        return (byAgeBand, byArea);
    }

    /// <summary>The person's age band on the day: whole years since their date of birth.</summary>
    public static string AgeBandAt(DateOnly? dateOfBirth, DateOnly day)
    {
        if (dateOfBirth is not { } born || born > day)
        {
            return Unknown;
        }

        var age = day.Year - born.Year;
        if (day < born.AddYears(age))
        {
            age--;
        }

        return age switch
        {
            < 18 => AgeBands[0],
            < 65 => AgeBands[1],
            < 75 => AgeBands[2],
            < 85 => AgeBands[3],
            _ => AgeBands[4],
        };
    }

    /// <summary>
    /// The waiting list as it stood at a moment: contacts referred to a team before it and, then, not yet closed —
    /// routed now, or closed only afterwards. Risk is the contact's priority now (its history is not kept per moment).
    /// </summary>
    private async Task<IReadOnlyList<WaitingRiskLine>> WaitingListAsync(DateTimeOffset at, KpiFilter filter, CancellationToken cancellationToken)
    {
        var candidates = db.Contacts.AsNoTracking().Where(c => c.Status == ContactStatus.Routed || (c.ClosedAt != null && c.ClosedAt >= at));
        if (filter.Channel is { } channel)
        {
            candidates = candidates.Where(c => c.Channel == channel);
        }

        if (filter.Source is { } source)
        {
            candidates = candidates.Where(c => c.Source == source);
        }

        var referrals = db.Set<ContactReferral>().Where(r => r.ReferredAt < at);
        if (filter.QueueKey is { } queueKey)
        {
            referrals = referrals.Where(r => r.QueueKey == queueKey);
        }

        var waiting = await candidates
            .Join(referrals, c => c.Id, r => r.ContactId, (c, r) => new { c.Id, c.Priority, r.ReferredAt })
            .ToListAsync(cancellationToken);
        var ids = waiting.Select(w => w.Id).Distinct().ToList();
        var lastCheckIns = (await db.ContactEvents.AsNoTracking()
                .Where(e => ids.Contains(e.ContactId) && e.Kind == Contacts.Events.ContactEventKind.CheckedIn && e.At < at)
                .GroupBy(e => e.ContactId)
                .Select(g => new { ContactId = g.Key, Last = g.Max(e => e.At) })
                .ToListAsync(cancellationToken))
            .ToDictionary(e => e.ContactId, e => e.Last);
        var schedule = (waitingWell?.Value ?? new WaitingWellOptions());
        return
        [
            // In a fixed order: the join's rows come back in any order, and the mean of the waits must not change
            // in its last digit with them (a kept month is compared with the live calculator's figures exactly).
            .. waiting
                .OrderBy(w => w.Id).ThenBy(w => w.ReferredAt)
                .GroupBy(w => w.Id)
                .Select(g => g.OrderByDescending(w => w.ReferredAt).First())
                .Select(w =>
                {
                    var risk = w.Priority ?? TriagePriority.Medium;
                    var due = (lastCheckIns.TryGetValue(w.Id, out var last) ? last : w.ReferredAt) + schedule.CheckInEvery.For(risk);
                    return (Risk: risk, Waited: (at - w.ReferredAt).TotalSeconds, Overdue: at >= due + schedule.OverdueAfter);
                })
                .GroupBy(w => w.Risk)
                .OrderBy(g => g.Key)
                .Select(g => new WaitingRiskLine(g.Key.ToString(), g.Count(), g.Max(w => w.Waited), g.Average(w => w.Waited), g.Count(w => w.Overdue))),
        ];
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
