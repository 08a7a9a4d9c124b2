using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>How far one team's sample for a month has been audited.</summary>
public sealed record SampleProgress(Guid SampleId, AuditMonth Month, string TeamKey, int ContactsClosed, int Sampled, int Audited);

/// <summary>A sampled contact as the team's list shows it: its reference and outcome, and whether it has been audited.</summary>
public sealed record SampledCaseRow(Guid CaseId, int Position, Guid ContactId, string Reference, DateTimeOffset? ClosedAt, ContactOutcome? Outcome, DateTimeOffset? AuditedAt, string? AuditedBy, string? AuditorId = null, string? AuditorName = null);

/// <summary>A case allocated to an auditor, as their list shows it: due by the end of the month after the month sampled.</summary>
public sealed record AllocatedCaseRow(Guid CaseId, string Reference, string TeamKey, AuditMonth Month, DateOnly DueBy, DateTimeOffset? AuditedAt)
{
    public bool IsOverdue(DateOnly today) => AuditedAt is null && today > DueBy;
}

/// <summary>A sampled case no auditor has yet, as the auditor's list offers it to take; the version goes back with the taking.</summary>
public sealed record UnallocatedCaseRow(Guid CaseId, string Reference, string TeamKey, AuditMonth Month, DateOnly DueBy, int Version);

/// <summary>A case past its due date and not audited, with the auditor it is allocated to (null if no one yet).</summary>
public sealed record OverdueCaseRow(Guid CaseId, string Reference, string TeamKey, AuditMonth Month, DateOnly DueBy, string? AuditorName);

/// <summary>A correction as the audit's page shows it: who, when, why, and what it changed.</summary>
public sealed record CorrectionEntry(DateTimeOffset At, string ByName, string Reason, IReadOnlyList<AuditChange> Changes);

/// <summary>One month of a team's trend: each question's results, from the audits as they now stand.</summary>
public sealed record MonthResults(AuditMonth Month, int Audited, IReadOnlyList<QuestionResult> Questions);

/// <summary>Every team's audits over the trend's months taken together, for the insight dashboard.</summary>
public sealed record AuditSummary(AuditMonth From, AuditMonth To, int Audited, IReadOnlyList<QuestionResult> Questions);

/// <summary>A team's results month by month, oldest first; months with no sample are there with nothing audited.</summary>
public sealed record TeamTrend(string TeamKey, IReadOnlyList<MonthResults> Months);

/// <summary>A case to audit or read, with the contact it is about.</summary>
public sealed record CaseUnderAudit(SampledCase Case, CaseFileAuditSample Sample, Guid ContactId, string Reference, DateTimeOffset? ClosedAt, ContactOutcome? Outcome, string? ClosingSummary, Guid? PersonId);

/// <summary>One question's results for a team and month: grades of audited cases, not-applicable ones left out.</summary>
public sealed record QuestionResult(AuditQuestion Question, int Scored, int GoodOrBetter, int NotApplicable, double? AverageScore)
{
    public double? GoodOrBetterShare => Scored == 0 ? null : GoodOrBetter / (double)Scored;
}

public sealed record TeamResults(string TeamKey, int Sampled, int Audited, IReadOnlyList<QuestionResult> Questions);

/// <summary>
/// Lists samples, allocates cases to auditors, opens a case for audit (audited as a view of personal data), records an
/// audit and its corrections (keeping what they replaced), and sums up the results by month and as a trend.
/// </summary>
public sealed class CaseFileAuditing(FrontDoorDbContext db, AuditLog auditLog, TimeProvider clock, KnownStaff staff)
{
    public const string AuditRecordType = "CaseFileAudit";

    /// <summary>How many months the trend covers, ending with the last month sampled.</summary>
    public const int TrendMonths = 12;

    /// <summary>The auditors a case can be allocated to: staff who signed in lately in the auditor role, by name.</summary>
    public async Task<IReadOnlyList<StaffMember>> AuditorsAsync(CancellationToken cancellationToken) =>
        [.. (await staff.AllAsync(cancellationToken)).Where(s => CaseFileAuditors.HoldsRole(s.Role))];

    /// <summary>Allocates a sampled case to an auditor. Refused for someone who is not an auditor, or who worked on the contact.</summary>
    /// <exception cref="DomainValidationException">The case is unknown or audited, or the auditor may not audit it.</exception>
    public async Task AllocateAsync(Guid caseId, string auditorId, AuditActor by, CancellationToken cancellationToken)
    {
        var sampled = await db.Set<SampledCase>().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new DomainValidationException(nameof(caseId), "There is no such case to allocate");
        if (sampled.IsAllocatedTo(auditorId))
        {
            return;
        }

        var auditor = await staff.FindAsync(auditorId, cancellationToken);
        if (auditor is null || !CaseFileAuditors.HoldsRole(auditor.Role))
        {
            throw new DomainValidationException(nameof(SampledCase.AuditorId), $"{auditor?.Name ?? "That person"} is not a case file auditor: choose an auditor");
        }

        var reference = await ReferenceOfAsync(sampled.ContactId, cancellationToken);
        if (await WorkedOnAsync(sampled.ContactId, auditor.Id, cancellationToken))
        {
            throw new DomainValidationException(nameof(SampledCase.AuditorId), $"{auditor.Name} worked on contact {reference}, so cannot audit it: choose another auditor");
        }

        sampled.AllocateTo(auditor.Id, auditor.Name, clock.GetUtcNow(), by);
        auditLog.Record(by, AuditAction.Updated, AuditRecordType, AuditEvent.IdOf(caseId), null, $"Case file audit of contact {reference} allocated to {auditor.Name}");
        await SaveAsync("Someone changed this case a moment ago: look at it again", cancellationToken);
    }

    /// <summary>Whether the member of staff worked on the contact: any change to it in their name, or it is given to them.</summary>
    public async Task<bool> WorkedOnAsync(Guid contactId, string staffId, CancellationToken cancellationToken) =>
        await db.ContactEvents.AnyAsync(e => e.ContactId == contactId && e.ActorId == staffId, cancellationToken)
        || await db.Contacts.AnyAsync(c => c.Id == contactId && c.AssignedToId == staffId, cancellationToken);

    /// <summary>
    /// An auditor takes an unallocated, unaudited case for themselves, under allocation's rules (an auditor, and not on a
    /// contact they worked on). <paramref name="seenVersion"/> is the case's version on the page they took it from: of
    /// two people taking the same case at once, one gets it and the other a clear error.
    /// </summary>
    /// <exception cref="DomainValidationException">The case is unknown, audited or already taken, or the auditor may not audit it.</exception>
    public async Task ClaimAsync(Guid caseId, int seenVersion, AuditActor by, CancellationToken cancellationToken)
    {
        var sampled = await db.Set<SampledCase>().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new DomainValidationException(nameof(caseId), "There is no such case to take");
        if (!CaseFileAuditors.HoldsRole(by.Role))
        {
            throw new DomainValidationException(nameof(SampledCase.AuditorId), "Only a case file auditor can take a case to audit");
        }

        var reference = await ReferenceOfAsync(sampled.ContactId, cancellationToken);
        if (sampled.IsAllocatedTo(by.Id))
        {
            return;
        }

        if (sampled.AuditorId is not null || sampled.IsAudited || sampled.Version != seenVersion)
        {
            throw new DomainValidationException(nameof(SampledCase.AuditorId), TakenMessage(reference, sampled.AuditorName));
        }

        if (await WorkedOnAsync(sampled.ContactId, by.Id, cancellationToken))
        {
            throw new DomainValidationException(nameof(SampledCase.AuditorId), $"You worked on contact {reference}, so you cannot audit it: take another case");
        }

        sampled.AllocateTo(by.Id, by.Name ?? by.Id, clock.GetUtcNow(), by);
        auditLog.Record(by, AuditAction.Updated, AuditRecordType, AuditEvent.IdOf(caseId), null, $"Case file audit of contact {reference} taken by {by.Name ?? by.Id}");
        await SaveAsync(TakenMessage(reference, null), cancellationToken);
    }

    /// <summary>
    /// The sampled cases no one has been allocated yet and not audited, oldest month first, that the auditor could take:
    /// the contacts they worked on left out.
    /// </summary>
    public async Task<IReadOnlyList<UnallocatedCaseRow>> UnallocatedForAsync(string auditorId, CancellationToken cancellationToken)
    {
        var rows = await (
            from c in db.Set<SampledCase>().AsNoTracking()
            where c.AuditorId == null && c.AuditedAt == null
            join s in db.Set<CaseFileAuditSample>() on c.SampleId equals s.Id
            join contact in db.Contacts on c.ContactId equals contact.Id
            where contact.AssignedToId != auditorId && !db.ContactEvents.Any(e => e.ContactId == c.ContactId && e.ActorId == auditorId)
            select new { c.Id, contact.Reference, s.TeamKey, s.Month, c.Position, c.Version })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Month).ThenBy(r => r.TeamKey, StringComparer.Ordinal).ThenBy(r => r.Position)
            .Select(r => new UnallocatedCaseRow(r.Id, r.Reference.Value, r.TeamKey, AuditMonth.Of(r.Month), SampledCase.DueBy(r.Month), r.Version))];
    }

    /// <summary>
    /// Every case not audited by the end of the month after its month (<see cref="SampledCase.DueBy"/>) as of
    /// <paramref name="today"/>, longest overdue first; <paramref name="auditorId"/> narrows them to one auditor's.
    /// </summary>
    public async Task<IReadOnlyList<OverdueCaseRow>> OverdueAsync(DateOnly today, string? auditorId, CancellationToken cancellationToken)
    {
        // Due by the last day of the month after the month sampled, so overdue when sampled before last month.
        var sampledBefore = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var cases = db.Set<SampledCase>().AsNoTracking().Where(c => c.AuditedAt == null);
        if (auditorId is not null)
        {
            cases = cases.Where(c => c.AuditorId == auditorId);
        }

        var rows = await (
            from c in cases
            join s in db.Set<CaseFileAuditSample>() on c.SampleId equals s.Id
            where s.Month < sampledBefore
            join contact in db.Contacts on c.ContactId equals contact.Id
            select new { c.Id, contact.Reference, s.TeamKey, s.Month, c.Position, c.AuditorName })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Month).ThenBy(r => r.TeamKey, StringComparer.Ordinal).ThenBy(r => r.Position)
            .Select(r => new OverdueCaseRow(r.Id, r.Reference.Value, r.TeamKey, AuditMonth.Of(r.Month), SampledCase.DueBy(r.Month), r.AuditorName))];
    }

    private static string TakenMessage(string reference, string? takenBy) =>
        $"{takenBy ?? "Someone"} took contact {reference} a moment ago: choose another case";

    /// <summary>Whether a sampled case of the contact is allocated to the auditor or was audited by them: they may read its file.</summary>
    public Task<bool> IsAuditingContactAsync(Guid contactId, string auditorId, CancellationToken cancellationToken) =>
        db.Set<SampledCase>().AnyAsync(c => c.ContactId == contactId && (c.AuditorId == auditorId || c.AuditedById == auditorId), cancellationToken);

    /// <summary>The cases allocated to an auditor, due soonest first, then audited ones, newest month first.</summary>
    public async Task<IReadOnlyList<AllocatedCaseRow>> AllocatedToAsync(string auditorId, CancellationToken cancellationToken)
    {
        var rows = await (
            from c in db.Set<SampledCase>().AsNoTracking()
            where c.AuditorId == auditorId
            join s in db.Set<CaseFileAuditSample>() on c.SampleId equals s.Id
            join contact in db.Contacts on c.ContactId equals contact.Id
            select new { c.Id, contact.Reference, s.TeamKey, s.Month, c.Position, c.AuditedAt })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(r => r.AuditedAt is null ? 0 : 1).ThenBy(r => r.AuditedAt is null ? r.Month.DayNumber : -r.Month.DayNumber)
            .ThenBy(r => r.TeamKey, StringComparer.Ordinal).ThenBy(r => r.Position)
            .Select(r => new AllocatedCaseRow(r.Id, r.Reference.Value, r.TeamKey, AuditMonth.Of(r.Month), SampledCase.DueBy(r.Month), r.AuditedAt))];
    }

    /// <summary>Every sample, newest month first, with how many of its cases have been audited.</summary>
    public async Task<IReadOnlyList<SampleProgress>> ProgressAsync(AuditMonth? month, CancellationToken cancellationToken)
    {
        var samples = db.Set<CaseFileAuditSample>().AsNoTracking();
        if (month is { } only)
        {
            samples = samples.Where(s => s.Month == only.FirstDay);
        }

        var rows = await samples
            .Select(s => new
            {
                s.Id,
                s.Month,
                s.TeamKey,
                s.ContactsClosed,
                Sampled = db.Set<SampledCase>().Count(c => c.SampleId == s.Id),
                Audited = db.Set<SampledCase>().Count(c => c.SampleId == s.Id && c.AuditedAt != null),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.Month).ThenBy(r => r.TeamKey, StringComparer.Ordinal)
            .Select(r => new SampleProgress(r.Id, AuditMonth.Of(r.Month), r.TeamKey, r.ContactsClosed, r.Sampled, r.Audited))];
    }

    /// <summary>A month's sampled contacts, by team then draw order.</summary>
    public async Task<IReadOnlyList<(string TeamKey, SampledCaseRow Row)>> CasesAsync(AuditMonth month, CancellationToken cancellationToken)
    {
        var rows = await (
            from s in db.Set<CaseFileAuditSample>().AsNoTracking()
            where s.Month == month.FirstDay
            join c in db.Set<SampledCase>() on s.Id equals c.SampleId
            join contact in db.Contacts on c.ContactId equals contact.Id
            select new { s.TeamKey, c.Id, c.Position, c.ContactId, contact.Reference, contact.ClosedAt, contact.Outcome, c.AuditedAt, c.AuditedByName, c.AuditorId, c.AuditorName })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.TeamKey, StringComparer.Ordinal).ThenBy(r => r.Position)
            .Select(r => (r.TeamKey, new SampledCaseRow(r.Id, r.Position, r.ContactId, r.Reference.Value, r.ClosedAt, r.Outcome, r.AuditedAt, r.AuditedByName, r.AuditorId, r.AuditorName)))];
    }

    /// <summary>
    /// Opens a case for its auditor or a manager; the opening is recorded against the person the contact is about. An
    /// auditor who does not read every case (<paramref name="readsEveryCase"/> false) opens only cases allocated to
    /// them or audited by them.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">The case is neither allocated to the viewer nor audited by them.</exception>
    public async Task<CaseUnderAudit?> OpenAsync(Guid caseId, AuditActor viewer, bool readsEveryCase, string? origin, CancellationToken cancellationToken)
    {
        var found = await FindAsync(caseId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        if (!readsEveryCase && !found.Case.IsAllocatedTo(viewer.Id) && found.Case.AuditedById != viewer.Id)
        {
            auditLog.Record(viewer, AuditAction.Refused, AuditRecordType, AuditEvent.IdOf(caseId), origin, "Case file audit not allocated to them");
            await db.SaveChangesAsync(cancellationToken);
            throw new UnauthorizedAccessException("This case is not allocated to you");
        }

        auditLog.Record(viewer, AuditAction.Viewed, AuditRecordType, AuditEvent.IdOf(caseId), origin, $"Case file audit of contact {found.Reference}", found.PersonId is { } person ? [person] : null);
        await db.SaveChangesAsync(cancellationToken);
        return found;
    }

    /// <summary>
    /// Records the audit. Refused (with the field to fix) when an answer is missing or too long, the case was already
    /// audited, the auditor is not an auditor or not the one the case is allocated to, or they worked on the contact.
    /// </summary>
    /// <exception cref="DomainValidationException">The answers are incomplete, someone audited the case first, or the auditor may not audit it.</exception>
    public async Task RecordAsync(Guid caseId, CaseFileAuditAnswers answers, AuditActor by, string? origin, CancellationToken cancellationToken)
    {
        var found = await FindAsync(caseId, cancellationToken) ?? throw new DomainValidationException(nameof(caseId), "There is no such case to audit");
        var sampled = await db.Set<SampledCase>().SingleAsync(c => c.Id == caseId, cancellationToken);
        if (!sampled.IsAudited)
        {
            await ThrowUnlessMayAuditAsync(sampled, found.Reference, by, cancellationToken);
        }

        sampled.Record(answers, clock.GetUtcNow(), by);
        auditLog.Record(by, AuditAction.Created, AuditRecordType, AuditEvent.IdOf(caseId), origin, $"Case file audit of contact {found.Reference} recorded", found.PersonId is { } person ? [person] : null);
        await SaveAsync("Someone else audited this case first: correct the audit, with a reason, instead", cancellationToken);
    }

    /// <summary>
    /// Corrects a saved audit: by the auditor who saved it, or a manager (<paramref name="byManager"/>), with a reason.
    /// The answers replaced are kept as a <see cref="CaseFileAuditCorrection"/>; results read the corrected answers.
    /// </summary>
    /// <exception cref="DomainValidationException">The reason or answers are missing, nothing changed, the page was stale, or the person may not correct it.</exception>
    public async Task CorrectAsync(Guid caseId, CaseFileAuditAnswers answers, string? reason, int seenVersion, AuditActor by, bool byManager, string? origin, CancellationToken cancellationToken)
    {
        var found = await FindAsync(caseId, cancellationToken) ?? throw new DomainValidationException(nameof(caseId), "There is no such case to correct");
        var sampled = await db.Set<SampledCase>().SingleAsync(c => c.Id == caseId, cancellationToken);
        if (!byManager && sampled.AuditedById != by.Id)
        {
            throw new DomainValidationException(nameof(CaseFileAuditCorrection.Reason), $"Only {sampled.AuditedByName ?? "the auditor"}, who audited this case, or a manager can correct the audit");
        }

        // The rule allocation keeps: nobody audits, or corrects the audit of, a contact they worked on.
        if (await WorkedOnAsync(sampled.ContactId, by.Id, cancellationToken))
        {
            throw new DomainValidationException(nameof(CaseFileAuditCorrection.Reason), $"You worked on contact {found.Reference}, so you cannot correct its audit: ask a manager who did not work on it");
        }

        if (sampled.Version != seenVersion)
        {
            throw new DomainValidationException(nameof(CaseFileAuditCorrection.Reason), "Someone changed this audit since you opened it: look at it again, then correct it");
        }

        var correction = sampled.Correct(answers, reason, Guid.CreateVersion7(clock.GetUtcNow()), clock.GetUtcNow(), by);
        db.Add(correction);
        auditLog.Record(by, AuditAction.Updated, AuditRecordType, AuditEvent.IdOf(caseId), origin, $"Case file audit of contact {found.Reference} corrected", found.PersonId is { } person ? [person] : null);
        await SaveAsync("Someone changed this audit since you opened it: look at it again, then correct it", cancellationToken);
    }

    /// <summary>The audit's corrections, oldest first, each with what it changed.</summary>
    public async Task<IReadOnlyList<CorrectionEntry>> HistoryAsync(SampledCase sampled, CancellationToken cancellationToken)
    {
        var corrections = await db.Set<CaseFileAuditCorrection>().AsNoTracking().Where(c => c.CaseId == sampled.Id).OrderBy(c => c.ReplacedVersion).ToListAsync(cancellationToken);
        return [.. corrections.Select((correction, i) => new CorrectionEntry(
            correction.CorrectedAt,
            correction.CorrectedByName,
            correction.Reason,
            AuditChange.Between(correction.ReplacedAnswers(), i + 1 < corrections.Count ? corrections[i + 1].ReplacedAnswers() : sampled.CurrentAnswers())))];
    }

    /// <summary>Each team's results for the month: per question, the share graded good or better and the average grade (1–4).</summary>
    public async Task<IReadOnlyList<TeamResults>> ResultsAsync(AuditMonth month, CancellationToken cancellationToken)
    {
        var samples = await db.Set<CaseFileAuditSample>().AsNoTracking().Where(s => s.Month == month.FirstDay).ToListAsync(cancellationToken);
        var ids = samples.Select(s => s.Id).ToList();
        var cases = await db.Set<SampledCase>().AsNoTracking().Where(c => ids.Contains(c.SampleId)).ToListAsync(cancellationToken);
        return [.. samples.OrderBy(s => s.TeamKey, StringComparer.Ordinal).Select(sample =>
        {
            var ofTeam = cases.Where(c => c.SampleId == sample.Id).ToList();
            var audited = ofTeam.Where(c => c.IsAudited).ToList();
            return new TeamResults(sample.TeamKey, ofTeam.Count, audited.Count, [.. AuditQuestions.All.Select(q => ResultFor(q, audited))]);
        })];
    }

    /// <summary>
    /// Each team's results for the <see cref="TrendMonths"/> months ending with <paramref name="last"/>, oldest first,
    /// from the audits as they now stand (corrections included). A team is in the trend if it had a sample in any of them.
    /// </summary>
    public async Task<IReadOnlyList<TeamTrend>> TrendAsync(AuditMonth last, CancellationToken cancellationToken)
    {
        var months = Enumerable.Range(0, TrendMonths).Select(i => AuditMonth.Of(last.Start.AddMonths(i - TrendMonths + 1))).ToList();
        var from = months[0].FirstDay;
        var to = last.FirstDay;
        var samples = await db.Set<CaseFileAuditSample>().AsNoTracking().Where(s => s.Month >= from && s.Month <= to).ToListAsync(cancellationToken);
        var ids = samples.Select(s => s.Id).ToList();
        var audited = await db.Set<SampledCase>().AsNoTracking().Where(c => ids.Contains(c.SampleId) && c.AuditedAt != null).ToListAsync(cancellationToken);
        var bySample = audited.ToLookup(c => c.SampleId);
        return [.. samples.GroupBy(s => s.TeamKey).OrderBy(t => t.Key, StringComparer.Ordinal).Select(team =>
        {
            var sampleOf = team.ToDictionary(s => AuditMonth.Of(s.Month));
            return new TeamTrend(team.Key, [.. months.Select(month =>
            {
                var cases = sampleOf.TryGetValue(month, out var sample) ? bySample[sample.Id].ToList() : [];
                return new MonthResults(month, cases.Count, [.. AuditQuestions.All.Select(q => ResultFor(q, cases))]);
            })]);
        })];
    }

    /// <summary>Every team's audits over the <see cref="TrendMonths"/> months ending with <paramref name="last"/>, taken together.</summary>
    public async Task<AuditSummary> SummaryAsync(AuditMonth last, CancellationToken cancellationToken)
    {
        var first = AuditMonth.Of(last.Start.AddMonths(1 - TrendMonths));
        var firstDay = first.FirstDay;
        var lastDay = last.FirstDay;
        var audited = await (
            from c in db.Set<SampledCase>().AsNoTracking()
            join s in db.Set<CaseFileAuditSample>() on c.SampleId equals s.Id
            where s.Month >= firstDay && s.Month <= lastDay && c.AuditedAt != null
            select c).ToListAsync(cancellationToken);
        return new AuditSummary(first, last, audited.Count, [.. AuditQuestions.All.Select(q => ResultFor(q, audited))]);
    }

    /// <summary>The trend as CSV: a row per team, month and question.</summary>
    public static string TrendCsv(IReadOnlyList<TeamTrend> trend, Func<string, string> teamName) =>
        KpiCsv.Write(
            ["month", "team", "question", "audited", "scored", "goodOrBetter", "goodOrBetterShare"],
            trend.SelectMany(team => team.Months.SelectMany(month => month.Questions.Select(q => (IReadOnlyList<object?>)
                [month.Month.ToString(), teamName(team.TeamKey), q.Question.Name(), month.Audited, q.Scored, q.GoodOrBetter, q.GoodOrBetterShare]))));

    /// <summary>The month's results as CSV: a row per team and question.</summary>
    public static string ResultsCsv(AuditMonth month, IReadOnlyList<TeamResults> results, Func<string, string> teamName) =>
        KpiCsv.Write(
            ["month", "team", "question", "sampled", "audited", "scored", "goodOrBetter", "notApplicable", "goodOrBetterShare", "averageScore"],
            results.SelectMany(team => team.Questions.Select(q => (IReadOnlyList<object?>)
                [month.ToString(), teamName(team.TeamKey), q.Question.Name(), team.Sampled, team.Audited, q.Scored, q.GoodOrBetter, q.NotApplicable, q.GoodOrBetterShare, q.AverageScore])));

    private static QuestionResult ResultFor(AuditQuestion question, IReadOnlyList<SampledCase> audited)
    {
        var scores = audited.Select(c => c.AnswerTo(question).Score).OfType<AuditScore>().ToList();
        var graded = scores.Where(s => s != AuditScore.NotApplicable).ToList();
        return new QuestionResult(
            question,
            graded.Count,
            graded.Count(s => s.IsGoodOrBetter()),
            scores.Count - graded.Count,
            graded.Count == 0 ? null : graded.Average(s => (double)(int)s));
    }

    private async Task ThrowUnlessMayAuditAsync(SampledCase sampled, string reference, AuditActor by, CancellationToken cancellationToken)
    {
        if (!CaseFileAuditors.HoldsRole(by.Role))
        {
            throw new DomainValidationException(nameof(SampledCase.AuditorId), "Only a case file auditor can audit a case");
        }

        if (!sampled.IsAllocatedTo(by.Id))
        {
            throw new DomainValidationException(nameof(SampledCase.AuditorId), sampled.AuditorName is { } other
                ? $"This case is allocated to {other}: only they can audit it"
                : "This case has not been allocated to you: a manager allocates each case to an auditor");
        }

        if (await WorkedOnAsync(sampled.ContactId, by.Id, cancellationToken))
        {
            throw new DomainValidationException(nameof(SampledCase.AuditorId), $"You worked on contact {reference}, so you cannot audit it: ask a manager to allocate it to another auditor");
        }
    }

    private async Task<string> ReferenceOfAsync(Guid contactId, CancellationToken cancellationToken) =>
        (await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Reference).SingleAsync(cancellationToken)).Value;

    private async Task SaveAsync(string whenStale, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainValidationException(nameof(SampledCase.Version), whenStale);
        }
    }

    private async Task<CaseUnderAudit?> FindAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var row = await (
            from c in db.Set<SampledCase>().AsNoTracking()
            where c.Id == caseId
            join s in db.Set<CaseFileAuditSample>() on c.SampleId equals s.Id
            join contact in db.Contacts on c.ContactId equals contact.Id
            select new { Case = c, Sample = s, contact.Id, contact.Reference, contact.ClosedAt, contact.Outcome, contact.ClosingSummary, contact.PersonId })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new CaseUnderAudit(row.Case, row.Sample, row.Id, row.Reference.Value, row.ClosedAt, row.Outcome, row.ClosingSummary, row.PersonId);
    }
}
