using System.Globalization;
using FrontDoor.Core.CaseFileAudits;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>
/// A team's share graded good or better per question, as a server-rendered SVG bar chart in the insight dashboard's
/// style (title and description for screen readers); the results table straight after it holds the same numbers.
/// </summary>
public sealed record ResultsChart(string Id, string TeamName, AuditMonth Month, IReadOnlyList<QuestionResult> Questions)
{
    public const int Width = 640;
    public const int Height = 240;
    public const int Left = 8;
    public const int Bottom = 48;
    public const int Top = 16;

    public double Slot => (Width - Left * 2) / (double)Math.Max(1, Questions.Count);

    public static double BarHeight(double? share) => (share ?? 0) * (Height - Bottom - Top);

    public string Description =>
        $"Bar chart of the share of audited cases graded good or outstanding for each question, {TeamName}, {Month.Name}. " +
        string.Join("; ", Questions.Select(q => $"{q.Question.Name()}: {AuditWords.Share(q.GoodOrBetterShare)}")) + ". The table after the chart gives the same figures with the average grades.";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

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
