using FrontDoor.Web.Startup;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>The interruption after "someone is in danger now": call for help first, then carry on if they want.</summary>
public sealed class DangerNowModel(RequestHelpJourneyStore journeys, IOptions<FrontDoorOptions> frontDoor) : RequestHelpPageModel(journeys)
{
    public FrontDoorOptions FrontDoor => frontDoor.Value;

    public string ContinueLink => RequestHelpFlow.ContinueAfter(RequestHelpStep.Danger, Journey, Changing);

    protected override string? BackLink => RequestHelpLinks.For(RequestHelpStep.Danger, Changing);

    public void OnGet()
    {
    }
}
