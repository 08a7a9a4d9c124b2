using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.People.Search;

public static class PersonSearchServiceCollectionExtensions
{
    /// <summary>The advisor's person search and person summary; needs <c>AddPersonMatching</c> and the audit trail.</summary>
    public static IServiceCollection AddPersonSearch(this IServiceCollection services) => services
        .AddScoped<PersonSearch>()
        .AddScoped<PersonSummaryLookup>()
        .AddScoped<AllocationStatusLookup>();
}
