using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Pages.Staff.Contacts;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>How KPI values, directions and standings read on the dashboard.</summary>
public static class InsightWords
{
    private static readonly CultureInfo UkEnglish = CultureInfo.GetCultureInfo("en-GB");

    public static string Value(KpiUnit unit, double? value) => value switch
    {
        null => "None",
        { } v when unit == KpiUnit.Share => (v * 100).ToString("0.0", UkEnglish) + "%",
        { } v when unit == KpiUnit.Seconds => Duration(v),
        { } v when unit == KpiUnit.PerContact => v.ToString("0.00", UkEnglish),
        { } v when unit == KpiUnit.PerHundred => v.ToString("0.0", UkEnglish),
        { } v when unit == KpiUnit.Pounds => v.ToString("C0", UkEnglish),
        { } v => v.ToString("N0", UkEnglish),
    };

    /// <summary>Seconds as people say them: "45 seconds", "9 minutes 30 seconds", "2 days 4 hours".</summary>
    public static string Duration(double seconds)
    {
        var time = TimeSpan.FromSeconds(Math.Round(seconds));
        return time.TotalSeconds switch
        {
            < 60 => $"{time.Seconds} seconds",
            < 3600 => time.Seconds == 0 ? $"{time.Minutes} minutes" : $"{time.Minutes} minutes {time.Seconds} seconds",
            < 86400 => $"{(int)time.TotalHours} hours {time.Minutes} minutes",
            _ => $"{(int)time.TotalDays} days {time.Hours} hours",
        };
    }

    public static string Direction(KpiDirection direction) => direction switch
    {
        KpiDirection.HigherIsBetter => "Higher is better",
        KpiDirection.LowerIsBetter => "Lower is better",
        _ => "Neither: a volume to plan for",
    };

    public static string Standing(KpiStanding standing) => standing switch
    {
        KpiStanding.OnTarget => "On target",
        KpiStanding.OffTarget => "Off target",
        _ => "No target",
    };

    public static string StandingColour(KpiStanding standing) => standing switch
    {
        KpiStanding.OnTarget => "green",
        KpiStanding.OffTarget => "red",
        _ => "grey",
    };

    public static string Period(KpiRange range) =>
        range.From.Day == 1 && range.To == range.From.AddMonths(1).AddDays(-1)
            ? range.From.ToString("MMMM yyyy", UkEnglish)
            : $"{range.From.ToString("d MMMM yyyy", UkEnglish)} to {range.To.ToString("d MMMM yyyy", UkEnglish)}";

    /// <summary>A snapshot's moment: midnight at a period's end reads as the end of the day before.</summary>
    public static string Moment(DateTimeOffset at) =>
        at.UtcDateTime.TimeOfDay == TimeSpan.Zero
            ? "the end of " + DateOnly.FromDateTime(at.UtcDateTime).AddDays(-1).ToString("d MMMM yyyy", UkEnglish)
            : at.UtcDateTime.ToString("h:mmtt 'on' d MMMM yyyy", UkEnglish).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal) + " (UTC)";

    public static string Month(KpiRange range) => range.From.ToString("MMM yyyy", UkEnglish);

    /// <summary>A breakdown row's key in words: a channel, source, stage, referral type or failure demand reason.</summary>
    public static string Label(string table, string key) => table switch
    {
        "contactsByChannel" when Enum.TryParse<ContactChannel>(key, out var channel) => ContactWords.Channel(channel),
        "contactsBySource" when Enum.TryParse<ContactSource>(key, out var source) => ContactWords.Source(source),
        "contactsByStage" when Enum.TryParse<ThreeConversationsStage>(key, out var stage) => ContactEventWords.StageName(stage),
        "referralsByPathway" when Enum.TryParse<ReferralType>(key, out var type) => type.DisplayName(),
        "waitingListByRisk" when Enum.TryParse<TriagePriority>(key, out var risk) => ContactEventWords.PriorityName(risk),
        "failureDemandReasons" when Enum.TryParse<FailureDemandReason>(key, out var reason) => ContactEventWords.FailureDemandName(reason),
        "missingRequiredFacts" when Enum.TryParse<Core.Contacts.Intake.ReferralField>(key, out var fact) => Contacts.CallBack.MadeModel.FactLabel(fact),
        _ => key,
    };

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", UkEnglish);

    /// <summary>A survey's 1–5 satisfaction in the words the survey offered.</summary>
    public static string Satisfaction(int? satisfaction) => satisfaction switch
    {
        5 => "Very satisfied",
        4 => "Satisfied",
        3 => "Neither satisfied nor dissatisfied",
        2 => "Dissatisfied",
        1 => "Very dissatisfied",
        _ => "Not given",
    };
}
