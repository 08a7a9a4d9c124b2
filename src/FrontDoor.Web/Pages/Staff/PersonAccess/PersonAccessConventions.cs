using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.PersonAccess;

/// <summary>Who has looked at whom is itself sensitive: administrators only.</summary>
public sealed class PersonAccessConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) =>
        conventions.AuthorizeFolder("/Staff/PersonAccess", Policies.Administrators);
}
