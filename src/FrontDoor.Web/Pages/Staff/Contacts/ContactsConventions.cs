using FrontDoor.Web.Startup;
using FrontDoor.Web.Throttling;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>Finding a contact's person searches the person index, so it is throttled as person search is.</summary>
public sealed class ContactsConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) =>
        conventions.ThrottlePage("/Staff/Contacts/FindPerson", ThrottlePolicies.PersonSearch);
}
