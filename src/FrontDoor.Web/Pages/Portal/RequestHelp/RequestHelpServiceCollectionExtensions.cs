global using RequestHelpJourneyStore = FrontDoor.Web.Journeys.JourneyStore<FrontDoor.Web.Pages.Portal.RequestHelp.RequestHelpJourney, FrontDoor.Web.Pages.Portal.RequestHelp.RequestHelpSent>;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Web.Journeys;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public static class RequestHelpServiceCollectionExtensions
{
    /// <summary>The journey's name: its cookie, its cache keys and its encryption purpose.</summary>
    public const string JourneyName = "RequestHelp";

    /// <summary>
    /// The public request for help. Its answers are a journey (see <see cref="JourneyStore{TState, TOutcome}"/>) whose
    /// id is in a cookie, so the addresses stay short and shareable; kept for two hours after the last page seen.
    /// </summary>
    public static IServiceCollection AddRequestHelpJourney(this IServiceCollection services)
    {
        services.AddContactIntake();
        services.AddJourney<RequestHelpJourney, RequestHelpSent>(JourneyName, journey =>
        {
            journey.KeptFor = TimeSpan.FromHours(2);
            journey.IdIn = JourneyIdCarrier.Cookie;
        });
        return services;
    }
}
