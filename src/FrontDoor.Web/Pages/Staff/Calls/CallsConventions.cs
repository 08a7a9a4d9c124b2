using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.Calls;

/// <summary>Telephony call records feed the managers' figures; managers import and read them.</summary>
public sealed class CallsConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff/Calls", Policies.Managers);
}
