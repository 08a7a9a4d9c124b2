using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>The KPIs and their drill-downs are the managers' view of the front door.</summary>
public sealed class InsightConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff/Insight", Policies.Managers);
}
