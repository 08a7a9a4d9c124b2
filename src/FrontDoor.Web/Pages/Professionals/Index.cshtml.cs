using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Professionals;

public sealed class IndexModel(IOptions<FrontDoorOptions> frontDoor) : PageModel
{
    public FrontDoorOptions FrontDoor => frontDoor.Value;

    public IReadOnlyList<ProfessionalForm> Forms => ProfessionalForms.All;
}
