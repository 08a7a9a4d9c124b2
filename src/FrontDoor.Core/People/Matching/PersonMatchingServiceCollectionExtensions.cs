using FrontDoor.Core.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.People.Matching;

public static class PersonMatchingServiceCollectionExtensions
{
    /// <summary>
    /// The person index, kept in step by a background service, and the services that use it. Thresholds come
    /// from the <c>Matching</c> section and are validated at start.
    /// </summary>
    public static IServiceCollection AddPersonMatching(this IServiceCollection services, IConfiguration configuration, bool synchroniseInBackground = true)
    {
        services.AddOptions<PersonMatchingOptions>()
            .Bind(configuration.GetSection(PersonMatchingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<MatchBands>();
        services.AddSingleton<PersonIndexHost>();
        if (synchroniseInBackground)
        {
            services.AddRecurringJob<PersonIndexSynchroniser>();
            services.AddRecurringJob<RequestedDuplicateCheckJob>();
            services.AddRecurringJob<MatchModelEstimationJob>();
        }

        services.AddScoped<MatchModelStore>();
        services.AddScoped<DuplicatePeopleCheck>();
        services.AddScoped<DuplicateChecks>();
        services.AddScoped<RecordsToMerge>();
        services.AddScoped<DuplicateReport>();
        services.AddScoped<DuplicateReview>();
        services.AddScoped<Search.AllocationStatusLookup>();
        return services;
    }
}
