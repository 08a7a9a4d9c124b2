namespace FrontDoor.Core.CaseFileAudits;

/// <summary>
/// The five things a case file audit asks about a closed contact, from the seeds: the quality of recording (the
/// proportional case-note guidance), strengths-based practice, the right outcome, the person telling their story
/// once, and Fairer Charging discussed.
/// </summary>
public enum AuditQuestion
{
    QualityOfRecording,
    StrengthsBasedPractice,
    RightOutcome,
    StoryToldOnce,
    FairerChargingDiscussed,
}

/// <summary>
/// The ADASS East Midlands audit tools the seeds' council adopted grade practice as CQC does: outstanding, good,
/// requires improvement, inadequate (scored 4 to 1). "Not applicable" is allowed only where a question may not arise.
/// </summary>
public enum AuditScore
{
    NotApplicable = 0,
    Inadequate = 1,
    RequiresImprovement = 2,
    Good = 3,
    Outstanding = 4,
}

public static class AuditQuestions
{
    public static IReadOnlyList<AuditQuestion> All { get; } = Enum.GetValues<AuditQuestion>();

    /// <summary>The grades from best to worst, as the form lists them.</summary>
    public static IReadOnlyList<AuditScore> Grades { get; } = [AuditScore.Outstanding, AuditScore.Good, AuditScore.RequiresImprovement, AuditScore.Inadequate];

    public static string Name(this AuditQuestion question) => question switch
    {
        AuditQuestion.QualityOfRecording => "Quality of recording",
        AuditQuestion.StrengthsBasedPractice => "Strengths-based practice",
        AuditQuestion.RightOutcome => "Right outcome",
        AuditQuestion.StoryToldOnce => "Story told once",
        AuditQuestion.FairerChargingDiscussed => "Fairer Charging discussed",
        _ => question.ToString(),
    };

    /// <summary>What the auditor looks for, shown as the question's hint.</summary>
    public static string Prompt(this AuditQuestion question) => question switch
    {
        AuditQuestion.QualityOfRecording => "Is the record proportionate, clear and up to date, so someone new could pick it up?",
        AuditQuestion.StrengthsBasedPractice => "Does the record show what matters to the person, their strengths and the people and places around them?",
        AuditQuestion.RightOutcome => "Was the outcome the right one for the person, first time?",
        AuditQuestion.StoryToldOnce => "Did the person tell their story once, with nothing asked again by the next officer or team?",
        AuditQuestion.FairerChargingDiscussed => "Where care or support that may be charged for was discussed, was Fairer Charging explained?",
        _ => string.Empty,
    };

    /// <summary>Fairer Charging does not arise when no chargeable care or support was discussed.</summary>
    public static bool AllowsNotApplicable(this AuditQuestion question) => question == AuditQuestion.FairerChargingDiscussed;

    public static string Name(this AuditScore score) => score switch
    {
        AuditScore.Outstanding => "Outstanding",
        AuditScore.Good => "Good",
        AuditScore.RequiresImprovement => "Requires improvement",
        AuditScore.Inadequate => "Inadequate",
        _ => "Not applicable",
    };

    public static bool IsGoodOrBetter(this AuditScore score) => score >= AuditScore.Good;
}
