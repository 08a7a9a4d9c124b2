using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.CareProviders;

/// <summary>Which organisations count as care providers decides how their referrals are classed: administrators only.</summary>
public sealed class CareProvidersConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff/CareProviders", Policies.Administrators);
}
