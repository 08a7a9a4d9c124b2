using System.Security.Claims;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;

namespace FrontDoor.Web.Authorisation;

/// <summary>Puts every sign-in and sign-out on the audit trail, whichever way the user signed in.</summary>
public sealed class SignInAudit(AuditLog audit, FrontDoorDbContext db)
{
    public const string RecordType = "StaffUser";

    public Task SignedInAsync(ClaimsPrincipal user, HttpContext http, string how) =>
        RecordAsync(user, http, AuditAction.SignedIn, how);

    public Task SignedOutAsync(ClaimsPrincipal user, HttpContext http) =>
        RecordAsync(user, http, AuditAction.SignedOut, null);

    private async Task RecordAsync(ClaimsPrincipal user, HttpContext http, AuditAction action, string? detail)
    {
        var actor = StaffUser.Actor(user);
        audit.Record(actor, action, RecordType, actor.Id, http.Connection.RemoteIpAddress?.ToString(), detail);
        await db.SaveChangesAsync(http.RequestAborted);
    }
}
