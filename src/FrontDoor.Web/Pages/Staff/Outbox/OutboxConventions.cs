using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.Outbox;

/// <summary>The outbox of texts, emails and webhooks: administrators, who retry or cancel what failed.</summary>
public sealed class OutboxConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff/Outbox", Policies.Administrators);
}
