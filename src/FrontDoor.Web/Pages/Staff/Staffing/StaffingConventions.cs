using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.Staffing;

/// <summary>Planning the contact centre's rota is a manager's job.</summary>
public sealed class StaffingConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff/Staffing", Policies.Managers);
}
