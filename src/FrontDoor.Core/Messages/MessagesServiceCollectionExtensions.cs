using FrontDoor.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Messages;

public static class MessagesServiceCollectionExtensions
{
    /// <summary>
    /// The outbox (written with the change that causes a message) and the job that sends it, its <c>Messages</c>
    /// options validated at start-up. Each kind of message needs its <see cref="IMessageChannel"/> registered too.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MessagesOptions>().BindConfiguration(MessagesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<Outbox>();
        services.TryAddScoped<OutboxSender>();
        services.AddRecurringJob<OutboxSendJob>();
        return services;
    }
}
