using System.Globalization;
using FrontDoor.Core.Contacts;

namespace FrontDoor.Web.Pages.Staff.MatchReview;

/// <summary>How the match review screens put the engine's numbers and codes into words.</summary>
internal static class Wording
{
    private static readonly CultureInfo EnglishGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Channel(ContactChannel channel) => channel switch
    {
        ContactChannel.PublicOnlineForm => "Online form",
        ContactChannel.ProfessionalEForm => "Professional e-form",
        ContactChannel.PartnerApi => "Partner system",
        ContactChannel.FaceToFace => "Face to face",
        _ => channel.ToString(),
    };

    public static string Likelihood(double probability) => probability switch
    {
        >= 0.99 => "Almost certain",
        >= 0.9 => "Very likely",
        >= 0.5 => "Possible",
        _ => "Unlikely",
    };

    public static string Percent(double probability) => probability.ToString("P1", EnglishGb);

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", EnglishGb) ?? "Not given";

    public static string OrNotGiven(string? value) => string.IsNullOrWhiteSpace(value) ? "Not given" : value;
}
