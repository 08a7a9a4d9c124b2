using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.WorkQueues;

public static class WorkQueuesServiceCollectionExtensions
{
    /// <summary>The queues contacts wait in (checked at start) and the services staff work them with.</summary>
    public static IServiceCollection AddWorkQueues(this IServiceCollection services)
    {
        services.AddOptions<WorkQueueOptions>().BindConfiguration(WorkQueueOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<WorkQueueCatalogue>();
        services.TryAddScoped<ContactWork>();
        services.TryAddScoped<Contacts.CallBacks.ContactCallBacks>();
        services.TryAddScoped<Contacts.CallBacks.OutboundCalls>();
        services.TryAddScoped<WorkQueueQueries>();
        services.TryAddScoped<KnownStaff>();
        services.TryAddSingleton<ContactRouting>();
        return services;
    }
}
