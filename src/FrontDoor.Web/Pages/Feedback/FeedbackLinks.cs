using FrontDoor.Core.Insight.Feedback;

namespace FrontDoor.Web.Pages.Feedback;

/// <summary>The survey's addresses. The texted link is <see cref="SurveyInvitations.SurveyPath"/> and the token under the site's address.</summary>
public static class FeedbackLinks
{
    public const string ThankYou = "/feedback/thank-you";

    public static string Survey(string token) => "/" + SurveyInvitations.SurveyPath + Uri.EscapeDataString(token);
}
