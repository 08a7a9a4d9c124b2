using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.Core.Triage.Referrals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Triage;

public static class TriageOutcomesServiceCollectionExtensions
{
    /// <summary>Working a contact to its outcome: the contact assessment, referrals to teams, and closing. Needs AddWorkQueues.</summary>
    public static IServiceCollection AddContactOutcomes(this IServiceCollection services)
    {
        services.TryAddScoped<ContactAssessments>();
        services.TryAddScoped<ContactReferrals>();
        services.TryAddScoped<SurveyInvitations>();
        services.TryAddScoped<SurveyResponses>();
        services.TryAddScoped<ContactClosing>();
        return services;
    }
}
