using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.TriageFlows;

/// <summary>
/// The scripts are read by everyone who works contacts: advisors follow them, workers and managers check them. Changing
/// which version is in force (Manage) is for team managers.
/// </summary>
public sealed class TriageFlowsConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Staff/TriageFlows", Policies.Staff);
        conventions.AuthorizeFolder("/Staff/TriageFlows/Manage", Policies.Managers);
    }
}
