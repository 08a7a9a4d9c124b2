using FrontDoor.Web.Startup;
using FrontDoor.Web.Throttling;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.People;

/// <summary>Person search is throttled: a signed-in account trawling the person index is a breach in progress.</summary>
public sealed class PeopleConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) =>
        conventions.ThrottlePage("/Staff/People/Search", ThrottlePolicies.PersonSearch);
}
