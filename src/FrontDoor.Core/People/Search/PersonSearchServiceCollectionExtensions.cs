using FrontDoor.Core.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.People.Search;

public static class PersonSearchServiceCollectionExtensions
{
    /// <summary>The advisor's person search and person summary; needs <c>AddPersonMatching</c> and the audit log.</summary>
    public static IServiceCollection AddPersonSearch(this IServiceCollection services) => services
        .AddSingleton<AccessAuditWriter>()
        .AddScoped<PersonSearch>()
        .AddScoped<PersonSummaryLookup>()
        .AddScoped<AllocationStatusLookup>();
}
