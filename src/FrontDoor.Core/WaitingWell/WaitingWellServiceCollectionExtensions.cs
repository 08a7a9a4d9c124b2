using FrontDoor.Core.WorkQueues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.WaitingWell;

public static class WaitingWellServiceCollectionExtensions
{
    /// <summary>Teams' waiting lists and keep-in-touch check-ins, their schedule validated at start-up.</summary>
    public static IServiceCollection AddWaitingWell(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WaitingWellOptions>().BindConfiguration(WaitingWellOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddWorkQueues();
        services.TryAddScoped<WaitingList>();
        return services;
    }
}
