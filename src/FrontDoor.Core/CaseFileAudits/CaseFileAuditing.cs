using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>How far one team's sample for a month has been audited.</summary>
public sealed record SampleProgress(Guid SampleId, AuditMonth Month, string TeamKey, int ContactsClosed, int Sampled, int Audited);

/// <summary>A sampled contact as the team's list shows it: its reference and outcome, and whether it has been audited.</summary>
public sealed record SampledCaseRow(Guid CaseId, int Position, Guid ContactId, string Reference, DateTimeOffset? ClosedAt, ContactOutcome? Outcome, DateTimeOffset? AuditedAt, string? AuditedBy);

/// <summary>A case to audit or read, with the contact it is about.</summary>
public sealed record CaseUnderAudit(SampledCase Case, CaseFileAuditSample Sample, Guid ContactId, string Reference, DateTimeOffset? ClosedAt, ContactOutcome? Outcome, string? ClosingSummary, Guid? PersonId);

/// <summary>One question's results for a team and month: grades of audited cases, not-applicable ones left out.</summary>
public sealed record QuestionResult(AuditQuestion Question, int Scored, int GoodOrBetter, int NotApplicable, double? AverageScore)
{
    public double? GoodOrBetterShare => Scored == 0 ? null : GoodOrBetter / (double)Scored;
}

public sealed record TeamResults(string TeamKey, int Sampled, int Audited, IReadOnlyList<QuestionResult> Questions);

/// <summary>Lists samples, opens a case for audit (audited as a view of personal data), records an audit once, and sums up the results.</summary>
public sealed class CaseFileAuditing(FrontDoorDbContext db, AuditLog auditLog, TimeProvider clock)
{
    public const string AuditRecordType = "CaseFileAudit";

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
            select new { s.TeamKey, c.Id, c.Position, c.ContactId, contact.Reference, contact.ClosedAt, contact.Outcome, c.AuditedAt, c.AuditedByName })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.TeamKey, StringComparer.Ordinal).ThenBy(r => r.Position)
            .Select(r => (r.TeamKey, new SampledCaseRow(r.Id, r.Position, r.ContactId, r.Reference.Value, r.ClosedAt, r.Outcome, r.AuditedAt, r.AuditedByName)))];
    }

    /// <summary>Opens a case for its auditor or reader; the opening is recorded against the person the contact is about.</summary>
    public async Task<CaseUnderAudit?> OpenAsync(Guid caseId, AuditActor viewer, string? origin, CancellationToken cancellationToken)
    {
        var found = await FindAsync(caseId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        auditLog.Record(viewer, AuditAction.Viewed, AuditRecordType, AuditEvent.IdOf(caseId), origin, $"Case file audit of contact {found.Reference}", found.PersonId is { } person ? [person] : null);
        await db.SaveChangesAsync(cancellationToken);
        return found;
    }

    /// <summary>Records the audit. Refused (with the field to fix) when an answer is missing or too long, or the case was already audited.</summary>
    /// <exception cref="DomainValidationException">The answers are incomplete, or someone audited the case first.</exception>
    public async Task RecordAsync(Guid caseId, CaseFileAuditAnswers answers, AuditActor by, string? origin, CancellationToken cancellationToken)
    {
        var found = await FindAsync(caseId, cancellationToken) ?? throw new DomainValidationException(nameof(caseId), "There is no such case to audit");
        var sampled = await db.Set<SampledCase>().SingleAsync(c => c.Id == caseId, cancellationToken);
        sampled.Record(answers, clock.GetUtcNow(), by);
        auditLog.Record(by, AuditAction.Created, AuditRecordType, AuditEvent.IdOf(caseId), origin, $"Case file audit of contact {found.Reference} recorded", found.PersonId is { } person ? [person] : null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainValidationException(nameof(SampledCase.AuditedAt), "Someone else audited this case first; an audit cannot be changed");
        }
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
