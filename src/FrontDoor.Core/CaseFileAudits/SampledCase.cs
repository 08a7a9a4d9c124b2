using FrontDoor.Core.Audit;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>A score and the auditor's comment on one question.</summary>
public sealed record AuditAnswer(AuditScore? Score, string? Comment);

/// <summary>What an auditor records: an answer to each question and an overall comment.</summary>
public sealed record CaseFileAuditAnswers(IReadOnlyDictionary<AuditQuestion, AuditAnswer> Answers, string? OverallComment);

/// <summary>
/// A contact drawn for audit, the auditor a manager allocated it to, and (once audited) the audit's latest answers. A
/// saved audit changes only by a correction with a reason, which keeps the answers it replaced
/// (<see cref="CaseFileAuditCorrection"/>): results read the latest answers, the history stays on the audit's page.
/// </summary>
public sealed class SampledCase
{
    public const int MaxCommentLength = 1000;
    public const int MaxOverallCommentLength = 2000;

    public SampledCase(Guid id, Guid sampleId, Guid contactId, int position)
    {
        Id = id;
        SampleId = sampleId;
        ContactId = contactId;
        Position = position;
    }

    private SampledCase()
    {
    }

    public Guid Id { get; private set; }

    public Guid SampleId { get; private set; }

    public Guid ContactId { get; private set; }

    /// <summary>Where the contact came in the draw (1 first).</summary>
    public int Position { get; private set; }

    /// <summary>The latest answers, all none until audited.</summary>
    public AuditAnswers Answers { get; private set; } = new();

    public string? OverallComment { get; private set; }

    /// <summary>When it was audited; null until then. Also the concurrency check that makes two saves at once save one.</summary>
    public DateTimeOffset? AuditedAt { get; private set; }

    public string? AuditedById { get; private set; }

    public string? AuditedByName { get; private set; }

    public bool IsAudited => AuditedAt is not null;

    /// <summary>The auditor the case is allocated to (their sign-in id); null until a manager allocates it.</summary>
    public string? AuditorId { get; private set; }

    public string? AuditorName { get; private set; }

    public DateTimeOffset? AllocatedAt { get; private set; }

    public string? AllocatedByName { get; private set; }

    /// <summary>When the latest correction was saved; null if the audit stands as first saved.</summary>
    public DateTimeOffset? CorrectedAt { get; private set; }

    /// <summary>Goes up with every change (allocation, audit, correction): a page saving what it read earlier is refused.</summary>
    public int Version { get; private set; }

    public bool IsAllocatedTo(string actorId) => AuditorId is not null && string.Equals(AuditorId, actorId, StringComparison.Ordinal);

    /// <summary>An audit is due by the end of the month after the month sampled (audits of October's closures by 30 November).</summary>
    public static DateOnly DueBy(DateOnly sampledMonth) => sampledMonth.AddMonths(2).AddDays(-1);

    public AuditAnswer AnswerTo(AuditQuestion question) => Answers.To(question);

    /// <summary>Every problem with the answers, each with the field it belongs to (question name + "Score"/"Comment", or "OverallComment").</summary>
    public static IReadOnlyList<(string Field, string Message)> Validate(CaseFileAuditAnswers answers)
    {
        var errors = new List<(string, string)>();
        foreach (var question in AuditQuestions.All)
        {
            var answer = answers.Answers.GetValueOrDefault(question) ?? new AuditAnswer(null, null);
            var name = question.Name().ToLowerInvariant();
            if (answer.Score is not { } score || !Enum.IsDefined(score))
            {
                errors.Add(($"{question}Score", $"Select a score for {name}"));
            }
            else if (score == AuditScore.NotApplicable && !question.AllowsNotApplicable())
            {
                errors.Add(($"{question}Score", $"{question.Name()} cannot be not applicable: select a score"));
            }

            if (answer.Comment is { Length: > MaxCommentLength })
            {
                errors.Add(($"{question}Comment", $"The comment on {name} must be {MaxCommentLength:N0} characters or fewer"));
            }
        }

        if (string.IsNullOrWhiteSpace(answers.OverallComment))
        {
            errors.Add((nameof(OverallComment), "Enter an overall comment"));
        }
        else if (answers.OverallComment.Length > MaxOverallCommentLength)
        {
            errors.Add((nameof(OverallComment), $"The overall comment must be {MaxOverallCommentLength:N0} characters or fewer"));
        }

        return errors;
    }

    /// <summary>Allocates the case to an auditor (or moves it to another); the caller has checked they may audit it.</summary>
    public void AllocateTo(string auditorId, string auditorName, DateTimeOffset now, AuditActor by)
    {
        if (IsAudited)
        {
            throw new DomainValidationException(nameof(AuditorId), "This case has already been audited, so it cannot be allocated again");
        }

        AuditorId = auditorId.Bounded(CaseFileAuditSample.MaxActorLength);
        AuditorName = auditorName.Bounded(CaseFileAuditSample.MaxActorLength);
        AllocatedAt = now;
        AllocatedByName = (by.Name ?? by.Id).Bounded(CaseFileAuditSample.MaxActorLength);
        Version++;
    }

    /// <summary>Records the audit; the caller has validated the answers. A second audit of the same case is refused.</summary>
    public void Record(CaseFileAuditAnswers answers, DateTimeOffset now, AuditActor by)
    {
        if (IsAudited)
        {
            throw new DomainValidationException(nameof(AuditedAt), "This case has already been audited: correct the audit, with a reason, instead");
        }

        ThrowIfInvalid(answers);
        Apply(answers);
        AuditedAt = now;
        AuditedById = by.Id.Bounded(CaseFileAuditSample.MaxActorLength);
        AuditedByName = (by.Name ?? by.Id).Bounded(CaseFileAuditSample.MaxActorLength);
        Version++;
    }

    /// <summary>
    /// Replaces the answers with corrected ones and returns the correction, which keeps the answers replaced, who
    /// corrected them, when and why. The caller has checked that <paramref name="by"/> may correct this audit.
    /// </summary>
    public CaseFileAuditCorrection Correct(CaseFileAuditAnswers answers, string? reason, Guid correctionId, DateTimeOffset now, AuditActor by)
    {
        if (!IsAudited)
        {
            throw new DomainValidationException(nameof(AuditedAt), "This case has not been audited yet, so there is nothing to correct");
        }

        if (CaseFileAuditCorrection.ValidateReason(reason) is { } problem)
        {
            throw new DomainValidationException(nameof(CaseFileAuditCorrection.Reason), problem);
        }

        ThrowIfInvalid(answers);
        var correction = new CaseFileAuditCorrection(correctionId, Id, Version, now, by, reason!.Trim(), this);
        if (!correction.ChangesAnything(answers))
        {
            throw new DomainValidationException(nameof(CaseFileAuditCorrection.Reason), "Nothing has changed: change an answer or comment to correct the audit");
        }

        Apply(answers);
        CorrectedAt = now;
        Version++;
        return correction;
    }

    private static void ThrowIfInvalid(CaseFileAuditAnswers answers)
    {
        var errors = Validate(answers);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors[0].Field, errors[0].Message);
        }
    }

    private void Apply(CaseFileAuditAnswers answers)
    {
        Answers = AuditAnswers.From(answers);
        OverallComment = answers.OverallComment!.Trim();
    }

    /// <summary>The answers as they stand, in the form <see cref="Record"/> takes.</summary>
    public CaseFileAuditAnswers CurrentAnswers() =>
        new(AuditQuestions.All.ToDictionary(q => q, AnswerTo), OverallComment);
}
