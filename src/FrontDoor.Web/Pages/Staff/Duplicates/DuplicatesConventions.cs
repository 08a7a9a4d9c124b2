using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.Duplicates;

/// <summary>Deciding that two person records are one is a data-quality decision for managers.</summary>
public sealed class DuplicatesConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff/Duplicates", Policies.Managers);
}
