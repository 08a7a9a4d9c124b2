namespace FrontDoor.Core.CaseFileAudits;

/// <summary>
/// The five questions' grades and comments as saved: an audit's latest answers (<see cref="SampledCase.Answers"/>) and
/// the answers a correction replaced (<see cref="CaseFileAuditCorrection.Replaced"/>). One EF Core complex type, so
/// both tables map the same ten columns the same way. Immutable: a change is a new instance.
/// </summary>
public sealed record AuditAnswers
{
    public AuditScore? QualityOfRecordingScore { get; private init; }

    public string? QualityOfRecordingComment { get; private init; }

    public AuditScore? StrengthsBasedPracticeScore { get; private init; }

    public string? StrengthsBasedPracticeComment { get; private init; }

    public AuditScore? RightOutcomeScore { get; private init; }

    public string? RightOutcomeComment { get; private init; }

    public AuditScore? StoryToldOnceScore { get; private init; }

    public string? StoryToldOnceComment { get; private init; }

    public AuditScore? FairerChargingDiscussedScore { get; private init; }

    public string? FairerChargingDiscussedComment { get; private init; }

    public AuditAnswer To(AuditQuestion question) => question switch
    {
        AuditQuestion.QualityOfRecording => new(QualityOfRecordingScore, QualityOfRecordingComment),
        AuditQuestion.StrengthsBasedPractice => new(StrengthsBasedPracticeScore, StrengthsBasedPracticeComment),
        AuditQuestion.RightOutcome => new(RightOutcomeScore, RightOutcomeComment),
        AuditQuestion.StoryToldOnce => new(StoryToldOnceScore, StoryToldOnceComment),
        AuditQuestion.FairerChargingDiscussed => new(FairerChargingDiscussedScore, FairerChargingDiscussedComment),
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };

    /// <summary>The answers as they are saved: comments trimmed, a blank one as none. Every question must be there.</summary>
    public static AuditAnswers From(CaseFileAuditAnswers answers)
    {
        AuditAnswer Saved(AuditQuestion question)
        {
            var answer = answers.Answers[question];
            return new(answer.Score, string.IsNullOrWhiteSpace(answer.Comment) ? null : answer.Comment.Trim());
        }

        var recording = Saved(AuditQuestion.QualityOfRecording);
        var strengths = Saved(AuditQuestion.StrengthsBasedPractice);
        var outcome = Saved(AuditQuestion.RightOutcome);
        var story = Saved(AuditQuestion.StoryToldOnce);
        var charging = Saved(AuditQuestion.FairerChargingDiscussed);
        return new()
        {
            QualityOfRecordingScore = recording.Score,
            QualityOfRecordingComment = recording.Comment,
            StrengthsBasedPracticeScore = strengths.Score,
            StrengthsBasedPracticeComment = strengths.Comment,
            RightOutcomeScore = outcome.Score,
            RightOutcomeComment = outcome.Comment,
            StoryToldOnceScore = story.Score,
            StoryToldOnceComment = story.Comment,
            FairerChargingDiscussedScore = charging.Score,
            FairerChargingDiscussedComment = charging.Comment,
        };
    }
}
