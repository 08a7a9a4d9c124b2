using FrontDoor.Core.CaseFileAudits;
using Microsoft.AspNetCore.Authorization;

namespace FrontDoor.Web.Authorisation;

/// <summary>Who may open a contact's page: see <see cref="Policies.ContactReaders"/>.</summary>
public sealed class ContactReaderRequirement : IAuthorizationRequirement;

/// <summary>
/// Admits the working roles to any contact, and an auditor to a GET of a contact whose sampled case is theirs to audit
/// (the contact's id from the route). Anything else an auditor asks of a contact (a note, a download of another
/// contact) is refused here, before the page runs. A singleton, as the authorisation service is: the request's own
/// scope gives the database.
/// </summary>
public sealed class ContactReaderHandler : AuthorizationHandler<ContactReaderRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ContactReaderRequirement requirement)
    {
        if (Roles.Working.Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
            return;
        }

        if (context.User.IsInRole(Roles.Auditor)
            && context.Resource is HttpContext http
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && Guid.TryParse(http.GetRouteValue("id")?.ToString(), out var contactId)
            && await http.RequestServices.GetRequiredService<CaseFileAuditing>().IsAuditingContactAsync(contactId, StaffUser.Id(context.User), http.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }
}
