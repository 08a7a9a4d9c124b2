using FrontDoor.Core.Jobs;
using FrontDoor.Core.WorkQueues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.WaitingWell;

public static class WaitingWellServiceCollectionExtensions
{
    /// <summary>
    /// Teams' waiting lists and keep-in-touch check-ins, their schedule validated at start-up, and the job that texts
    /// check-ins as they fall due (through the outbox, which the host registers).
    /// </summary>
    public static IServiceCollection AddWaitingWell(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WaitingWellOptions>().BindConfiguration(WaitingWellOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddWorkQueues();
        services.TryAddScoped<WaitingList>();
        services.TryAddScoped<CheckInTexts>();
        services.TryAddScoped<CheckInReplies>();
        services.AddRecurringJob<CheckInTextJob>();
        return services;
    }
}
