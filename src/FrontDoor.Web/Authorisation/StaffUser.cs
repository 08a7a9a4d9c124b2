using System.Security.Claims;
using FrontDoor.Core.Audit;

namespace FrontDoor.Web.Authorisation;

/// <summary>Reads who is signed in from their claims, the same way for demo and council sign-ins.</summary>
public static class StaffUser
{
    /// <summary>How the user signed in ("demo" or "council"), so sign-out also signs out of the council's provider when it should.</summary>
    public const string SignInMethodClaim = "frontdoor:sign-in-method";

    public const string DemoSignIn = "demo";

    public const string CouncilSignIn = "council";

    public static bool SignedInWithCouncilAccount(ClaimsPrincipal user) => user.HasClaim(SignInMethodClaim, CouncilSignIn);

    public static string Name(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Name) ?? user.FindFirstValue("name") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "Unknown user";

    /// <summary>A stable identifier for the audit trail (the identity provider's subject, or the demo user's id).</summary>
    public static string Id(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? Name(user);

    /// <summary>The user as the audit trail records them: stable id, display name beside it, and the roles they act in.</summary>
    public static AuditActor Actor(ClaimsPrincipal user) =>
        new(Id(user), Name(user), Roles.All.Where(user.IsInRole).ToList() is { Count: > 0 } roles ? string.Join(",", roles) : null);

    public static IReadOnlyList<string> RoleNames(ClaimsPrincipal user) =>
        [.. Roles.All.Where(user.IsInRole).Select(Roles.DisplayName)];

    public static ClaimsPrincipal ForDemo(DemoUser demo, string authenticationType) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, demo.Id),
            new Claim(ClaimTypes.Name, demo.Name),
            new Claim(ClaimTypes.Role, demo.Role),
            new Claim(SignInMethodClaim, DemoSignIn),
        ],
        authenticationType,
        ClaimTypes.Name,
        ClaimTypes.Role));
}
