using FrontDoor.Web.Startup;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>
/// Shown instead of carrying on when the date of birth is under 18: adult social care cannot take the request, so
/// the person is told where to go before anything is sent. A mistyped date can be changed.
/// </summary>
public sealed class UnderEighteenModel(RequestHelpJourneyStore journeys, IOptions<FrontDoorOptions> frontDoor) : RequestHelpPageModel(journeys)
{
    public FrontDoorOptions FrontDoor => frontDoor.Value;

    public string ChangeDateOfBirthLink => RequestHelpLinks.For(RequestHelpStep.DateOfBirth, Changing);

    protected override string? BackLink => ChangeDateOfBirthLink;

    public void OnGet()
    {
    }
}
