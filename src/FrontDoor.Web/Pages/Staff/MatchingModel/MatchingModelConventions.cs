using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.MatchingModel;

/// <summary>How the matching engine weighs evidence is for administrators, who answer for how it links people.</summary>
public sealed class MatchingModelConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff/MatchingModel", Policies.Administrators);
}
