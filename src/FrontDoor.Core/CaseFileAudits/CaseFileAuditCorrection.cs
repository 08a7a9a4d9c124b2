using FrontDoor.Core.Audit;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>
/// One correction of a saved audit: who made it, when and why, and the answers it replaced, so an audit is never
/// overwritten silently. The audit's page reads these, oldest first, to show what each correction changed.
/// </summary>
public sealed class CaseFileAuditCorrection
{
    public const int MaxReasonLength = 1000;

    internal CaseFileAuditCorrection(Guid id, Guid caseId, int replacedVersion, DateTimeOffset correctedAt, AuditActor by, string reason, SampledCase before)
    {
        Id = id;
        CaseId = caseId;
        ReplacedVersion = replacedVersion;
        CorrectedAt = correctedAt;
        CorrectedById = by.Id.Bounded(CaseFileAuditSample.MaxActorLength);
        CorrectedByName = (by.Name ?? by.Id).Bounded(CaseFileAuditSample.MaxActorLength);
        Reason = reason;
        Replaced = before.Answers;
        OverallComment = before.OverallComment;
    }

    private CaseFileAuditCorrection()
    {
        CorrectedById = null!;
        CorrectedByName = null!;
        Reason = null!;
        Replaced = new();
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The case's <see cref="SampledCase.Version"/> the correction replaced: orders corrections, and one per version.</summary>
    public int ReplacedVersion { get; private set; }

    public DateTimeOffset CorrectedAt { get; private set; }

    public string CorrectedById { get; private set; }

    public string CorrectedByName { get; private set; }

    public string Reason { get; private set; }

    /// <summary>The answers the correction replaced (immutable, so shared with the case until it changes them).</summary>
    public AuditAnswers Replaced { get; private set; }

    /// <summary>The overall comment the correction replaced.</summary>
    public string? OverallComment { get; private set; }

    /// <summary>The answers as they stood before this correction.</summary>
    public AuditAnswer ReplacedAnswerTo(AuditQuestion question) => Replaced.To(question);

    public CaseFileAuditAnswers ReplacedAnswers() => new(AuditQuestions.All.ToDictionary(q => q, ReplacedAnswerTo), OverallComment);

    public static string? ValidateReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Enter why the audit is being corrected"
        : reason.Trim().Length > MaxReasonLength ? $"The reason must be {MaxReasonLength:N0} characters or fewer"
        : null;

    internal bool ChangesAnything(CaseFileAuditAnswers after) => AuditChange.Between(ReplacedAnswers(), after).Count > 0;
}

/// <summary>One thing a correction changed: a question's grade or comment, or the overall comment.</summary>
public sealed record AuditChange(string What, string? Before, string? After)
{
    /// <summary>What differs between two sets of answers, in the form's order; comments compared as saved (trimmed, empty as none).</summary>
    public static IReadOnlyList<AuditChange> Between(CaseFileAuditAnswers before, CaseFileAuditAnswers after)
    {
        var changes = new List<AuditChange>();
        foreach (var question in AuditQuestions.All)
        {
            var was = before.Answers.GetValueOrDefault(question) ?? new AuditAnswer(null, null);
            var now = after.Answers.GetValueOrDefault(question) ?? new AuditAnswer(null, null);
            if (was.Score != now.Score)
            {
                changes.Add(new($"{question.Name()}: grade", was.Score?.Name(), now.Score?.Name()));
            }

            if (Saved(was.Comment) != Saved(now.Comment))
            {
                changes.Add(new($"{question.Name()}: comment", Saved(was.Comment), Saved(now.Comment)));
            }
        }

        if (Saved(before.OverallComment) != Saved(after.OverallComment))
        {
            changes.Add(new("Overall comment", Saved(before.OverallComment), Saved(after.OverallComment)));
        }

        return changes;
    }

    private static string? Saved(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
