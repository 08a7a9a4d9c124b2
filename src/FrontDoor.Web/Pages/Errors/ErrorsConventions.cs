using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Errors;

/// <summary>Error pages are shown to whoever hit the error, signed in or not.</summary>
public sealed class ErrorsConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AllowAnonymousToFolder("/Errors");
}
