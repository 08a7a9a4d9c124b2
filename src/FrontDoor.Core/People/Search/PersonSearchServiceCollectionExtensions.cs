using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.People.Search;

public static class PersonSearchServiceCollectionExtensions
{
    /// <summary>The advisor's person search and person summary; needs <c>AddPersonMatching</c> and the audit log.</summary>
    public static IServiceCollection AddPersonSearch(this IServiceCollection services) => services
        .AddSingleton(services => new AccessAuditWriter(
            DatabaseSetup.CreateOptions(services.GetRequiredService<IOptions<DatabaseOptions>>().Value), services.GetRequiredService<TimeProvider>()))
        .AddScoped<PersonSearch>()
        .AddScoped<PersonSummaryLookup>()
        .AddScoped<AllocationStatusLookup>();
}
