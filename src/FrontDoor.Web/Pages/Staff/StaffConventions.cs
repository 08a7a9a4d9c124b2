using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff;

/// <summary>The staff area: anyone who works in the front door. Sub-folders may ask for more.</summary>
public sealed class StaffConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff", Policies.Staff);
}
