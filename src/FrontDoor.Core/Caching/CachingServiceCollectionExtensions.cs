using FrontDoor.Core.Jobs;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>The shared cache in FrontDoor's database (unless the host registered another first), and its sweeper.</summary>
    public static IServiceCollection AddDatabaseDistributedCache(this IServiceCollection services)
    {
        services.TryAddSingleton<IDistributedCache, DatabaseDistributedCache>();
        services.AddRecurringJob<CacheEntrySweeper>();
        return services;
    }
}
