namespace FrontDoor.Web.Pages.Portal.CheckIn;

/// <summary>The texted check-in's pages; the link in the text is <c>/check-in/{token}</c> (<see cref="Core.WaitingWell.CheckInTexts.ReplyPath"/>).</summary>
public static class CheckInLinks
{
    public const string ThankYou = "/check-in/thank-you";
}
