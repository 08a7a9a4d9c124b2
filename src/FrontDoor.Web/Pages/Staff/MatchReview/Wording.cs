using System.Globalization;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.People.Matching;

namespace FrontDoor.Web.Pages.Staff.MatchReview;

/// <summary>How the matching screens (match review, duplicates, the phone search) put the engine's numbers into words. Contact codes are <see cref="Contacts.ContactWords"/>'s.</summary>
internal static class Wording
{
    private static readonly CultureInfo EnglishGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Likelihood(MatchLikelihood likelihood) => likelihood switch
    {
        MatchLikelihood.AlmostCertain => "Almost certain",
        MatchLikelihood.VeryLikely => "Very likely",
        MatchLikelihood.Possible => "Possible",
        _ => "Unlikely",
    };

    public static string Percent(double probability) => probability.ToString("P1", EnglishGb);

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", EnglishGb) ?? "Not given";

    public static string OrNotGiven(string? value) => string.IsNullOrWhiteSpace(value) ? "Not given" : value;
}
