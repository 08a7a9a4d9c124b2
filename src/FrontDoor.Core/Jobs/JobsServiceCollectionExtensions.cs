using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Registers a recurring job (a singleton, so tests can reach it) and the hosted runner that runs it, plus the
    /// lease service every job may use. Registering the same job twice runs it once.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services)
        where TJob : class, IRecurringJob
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NodeIdentity>();
        services.TryAddScoped<JobLeases>();
        services.TryAddSingleton<TJob>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, RecurringJobRunner<TJob>>());
        return services;
    }
}
