using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public static class RequestHelpServiceCollectionExtensions
{
    /// <summary>
    /// The public request for help. Journeys live in the distributed cache: in memory unless the host registers a
    /// shared cache (needed once the service runs on more than one node without sticky sessions).
    /// </summary>
    public static IServiceCollection AddRequestHelpJourney(this IServiceCollection services)
    {
        services.AddDistributedMemoryCache();
        services.AddContactIntake();
        services.AddScoped<RequestHelpJourneyStore>();
        return services;
    }
}
