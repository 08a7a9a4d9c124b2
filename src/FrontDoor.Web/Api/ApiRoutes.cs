using FrontDoor.Web.Api.Partners;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Throttling;

namespace FrontDoor.Web.Api;

internal static class ApiRoutes
{
    /// <summary>
    /// The <c>/api/v1</c> group for systems (partners, the council's case system). Each resource adds its
    /// endpoints in its own file here. The returned group is for staff; partner resources get their own
    /// group with the partner policy, since policies on nested groups add up rather than replace.
    /// </summary>
    public static RouteGroupBuilder MapFrontDoorApi(this WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapGroup("/contacts")
            .RequireAuthorization(PartnerApiSetup.Policy)
            .RequireRateLimiting(ThrottlePolicies.PartnerApi)
            .WithTags("Partner referrals")
            .MapContactsApi();

        v1.MapGroup("/people")
            .RequireAuthorization(PartnerApiSetup.Policy)
            .RequireRateLimiting(ThrottlePolicies.PartnerApi)
            .WithTags("Partner look-ups")
            .MapPeopleAllocationApi();

        // Notify authenticates with the callback token, checked by the endpoint itself (no user, no partner key).
        app.MapGroup("/api/notify")
            .AllowAnonymous()
            .WithTags("GOV.UK Notify callbacks")
            .MapNotifyCallbacksApi();

        var staff = v1.MapGroup(string.Empty)
            .RequireAuthorization(Policies.Staff)
            .WithTags("FrontDoor API");
        staff.MapPeopleApi();
        return staff;
    }
}
