using FrontDoor.Web.Components;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>Every address in the e-forms journey, built in one place so pages never spell a URL.</summary>
public static class ReferralLinks
{
    public const string ReturnToCheckAnswers = "check-answers";

    public static string List => "/professionals";

    public static string Start(ProfessionalForm form) => $"/professionals/{form.Slug}";

    public static string Page(ProfessionalForm form, Guid journeyId, ReferralPage page, bool returnToCheckAnswers = false, string? field = null) =>
        $"{Journey(form, journeyId)}/{Segment(page)}"
        + (returnToCheckAnswers ? $"?returnTo={ReturnToCheckAnswers}" : string.Empty)
        + (field is null ? string.Empty : "#" + GovukField.IdFor(field));

    public static string CheckAnswers(ProfessionalForm form, Guid journeyId) => $"{Journey(form, journeyId)}/check-answers";

    public static string Confirmation(ProfessionalForm form, Guid journeyId) => $"{Journey(form, journeyId)}/confirmation";

    public static string Copy(ProfessionalForm form, Guid journeyId) => $"{Journey(form, journeyId)}/copy";

    public static ReferralPage? Next(ReferralPage page) => page switch
    {
        ReferralPage.AboutYou => ReferralPage.Person,
        ReferralPage.Person => ReferralPage.Concern,
        ReferralPage.Concern => ReferralPage.RiskAndConsent,
        _ => null,
    };

    public static ReferralPage? Previous(ReferralPage page) => page switch
    {
        ReferralPage.Person => ReferralPage.AboutYou,
        ReferralPage.Concern => ReferralPage.Person,
        ReferralPage.RiskAndConsent => ReferralPage.Concern,
        _ => null,
    };

    private static string Journey(ProfessionalForm form, Guid journeyId) => $"/professionals/{form.Slug}/{journeyId:D}";

    private static string Segment(ReferralPage page) => page switch
    {
        ReferralPage.AboutYou => "about-you",
        ReferralPage.Person => "person",
        ReferralPage.Concern => "concern",
        ReferralPage.RiskAndConsent => "risk-and-consent",
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, null),
    };
}
