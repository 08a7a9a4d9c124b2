using FrontDoor.Core.Insight;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>The feedback survey's results for the dashboard's period: responses and the "I statements" table.</summary>
public sealed record SurveyResults(KpiFigures Figures, string CsvLink);
