using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public static class RequestHelpServiceCollectionExtensions
{
    /// <summary>
    /// The public request for help. Journeys live in the distributed cache, which the host keeps in the database so
    /// any web node can serve the next page.
    /// </summary>
    public static IServiceCollection AddRequestHelpJourney(this IServiceCollection services)
    {
        services.AddContactIntake();
        services.AddScoped<RequestHelpJourneyStore>();
        return services;
    }
}
