global using ReferralDrafts = FrontDoor.Web.Journeys.JourneyStore<FrontDoor.Web.Pages.Professionals.ReferralDraft, FrontDoor.Web.Pages.Professionals.SentReferral>;
using FrontDoor.Web.Journeys;

namespace FrontDoor.Web.Pages.Professionals;

public static class ProfessionalsServiceCollectionExtensions
{
    /// <summary>The journey's name: its cookie, its cache keys and its encryption purpose.</summary>
    public const string JourneyName = "ProfessionalReferral";

    /// <summary>
    /// The professional e-forms' drafts, a journey (see <see cref="JourneyStore{TState, TOutcome}"/>) with its id in
    /// the address, so a professional can have several forms open at once; kept for three hours after the last page
    /// seen, long enough to finish a form between calls on a shift. Who may open the forms is in
    /// <see cref="ProfessionalsConventions"/>.
    /// </summary>
    public static IServiceCollection AddProfessionalReferrals(this IServiceCollection services)
    {
        services.AddJourney<ReferralDraft, SentReferral>(JourneyName, journey =>
        {
            journey.KeptFor = TimeSpan.FromHours(3);
            journey.IdIn = JourneyIdCarrier.Url;
        });
        return services;
    }
}
