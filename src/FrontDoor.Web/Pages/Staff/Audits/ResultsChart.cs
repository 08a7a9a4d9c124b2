using FrontDoor.Core.CaseFileAudits;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>
/// A team's share graded good or better per question, drawn with the staff pages' <see cref="BarChart"/> (the insight
/// dashboard's); the results table straight after it holds the same numbers.
/// </summary>
public static class ResultsChart
{
    public static BarChart For(string id, string teamName, AuditMonth month, IReadOnlyList<QuestionResult> questions) => new(
        id,
        $"{teamName}: share good or better by question, {month.Name}",
        $"Bar chart of the share of audited cases graded good or outstanding for each question, {teamName}, {month.Name}. " +
        string.Join("; ", questions.Select(q => $"{q.Question.Name()}: {AuditWords.Share(q.GoodOrBetterShare)}")) + ". The table after the chart gives the same figures with the average grades.",
        [.. questions.Select(q => new ChartBar(q.GoodOrBetterShare, ShortName(q.Question), AuditWords.Share(q.GoodOrBetterShare)))],
        Max: 1);

    /// <summary>A question's name, short enough to sit under its bar.</summary>
    public static string ShortName(AuditQuestion question) => question switch
    {
        AuditQuestion.QualityOfRecording => "Recording",
        AuditQuestion.StrengthsBasedPractice => "Strengths",
        AuditQuestion.RightOutcome => "Outcome",
        AuditQuestion.StoryToldOnce => "Story once",
        AuditQuestion.FairerChargingDiscussed => "Fairer Charging",
        _ => question.ToString(),
    };
}
