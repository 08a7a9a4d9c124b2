using FrontDoor.Web.Startup;
using FrontDoor.Web.Throttling;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.PhoneContact;

/// <summary>The phone journey searches the person index, so it is throttled as person search is.</summary>
public sealed class PhoneContactConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) =>
        conventions.ThrottlePage("/Staff/PhoneContact/Index", ThrottlePolicies.PersonSearch);
}
