using FrontDoor.Web.Authorisation;

namespace FrontDoor.Web.Api;

internal static class ApiRoutes
{
    /// <summary>
    /// The <c>/api/v1</c> group for systems (partners, the council's case system). Each resource adds its
    /// endpoints in its own file here; the group is for staff unless an endpoint says otherwise.
    /// </summary>
    public static RouteGroupBuilder MapFrontDoorApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(Policies.Staff)
            .WithTags("FrontDoor API");
        api.MapPeopleApi();
        return api;
    }
}
