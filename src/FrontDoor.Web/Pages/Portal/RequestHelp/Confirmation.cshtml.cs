using FrontDoor.Web.Startup;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class ConfirmationModel(RequestHelpJourneyStore journeys, IOptions<FrontDoorOptions> frontDoor) : RequestHelpPageModel(journeys)
{
    public FrontDoorOptions FrontDoor => frontDoor.Value;

    public string Reference => Sent!.Reference;

    protected override bool ShownAfterSending => true;

    // Nothing to go back to: the request has gone.
    protected override string? BackLink => null;

    public void OnGet()
    {
    }
}
