using FrontDoor.Core.Insight.Feedback;

namespace FrontDoor.Web.Pages.Feedback;

/// <summary>The survey's addresses beside the texted link itself (<see cref="SurveyInvitations.SurveyPath"/> and the token, under <c>Messages:StaffSiteUrl</c>).</summary>
public static class FeedbackLinks
{
    public const string ThankYou = "/feedback/thank-you";
}
