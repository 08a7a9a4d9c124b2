using System.Globalization;
using FrontDoor.Core.People.Matching;

namespace FrontDoor.Web.Pages.Staff.Duplicates;

/// <summary>How the duplicates screens put decisions and the background check into words.</summary>
internal static class DuplicateWords
{
    private static readonly CultureInfo EnglishGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Undone(DuplicateVerdict verdict) => verdict switch
    {
        DuplicateVerdict.SamePerson => "Decision undone: the two records are no longer listed to merge. If the latest check found them, they are back in the pairs to decide.",
        _ => "Decision undone: if the latest check found the pair, it is back in the pairs to decide.",
    };

    public static string State(DuplicateCheckState state) => state switch
    {
        DuplicateCheckState.Waiting => "Waiting to start",
        DuplicateCheckState.Running => "Checking",
        DuplicateCheckState.Finished => "Finished",
        DuplicateCheckState.Failed => "Stopped with an error",
        _ => state.ToString(),
    };

    /// <summary>The engine's stage names, as a manager would say them.</summary>
    public static string Stage(string? stage) => stage switch
    {
        null => "Getting the records ready",
        "normalising" => "Reading every person record",
        "estimating model" => "Learning how names and dates vary in your records",
        "comparing" => "Comparing records that could be the same person",
        _ => "Checking",
    };

    /// <summary>"1,234 of 5,000 records (25%)"; nothing while the stage has no count yet.</summary>
    public static string? Progress(DuplicateCheckRun run) => run.Total > 0
        ? string.Create(EnglishGb, $"{Math.Min(run.Done, run.Total):N0} of {run.Total:N0} records ({Math.Min(100, run.Done * 100 / run.Total)}%)")
        : null;
}
