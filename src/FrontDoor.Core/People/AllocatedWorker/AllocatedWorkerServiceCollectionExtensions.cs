using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.People.AllocatedWorker;

public static class AllocatedWorkerServiceCollectionExtensions
{
    /// <summary>The public allocated-worker look-up, its <c>AllocatedWorker</c> options validated at start; needs person search, the audit trail and the outbox.</summary>
    public static IServiceCollection AddAllocatedWorkerLookup(this IServiceCollection services)
    {
        services.AddOptions<AllocatedWorkerOptions>().BindConfiguration(AllocatedWorkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services.AddScoped<AllocatedWorkerLookup>();
    }
}
