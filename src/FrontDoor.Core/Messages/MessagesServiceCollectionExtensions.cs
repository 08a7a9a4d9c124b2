using FrontDoor.Core.Jobs;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Messages.Webhooks;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Messages;

public static class MessagesServiceCollectionExtensions
{
    /// <summary>
    /// The outbox (written with the change that causes a message) and the job that sends it, its <c>Messages</c>
    /// options validated at start-up, and GOV.UK Notify as the channel for texts and emails when
    /// <c>Messages:Notify:ApiKey</c> is set. Without it, texts and emails stay pending in the outbox: the sender
    /// only claims messages it has a channel for. Without <c>Messages:Notify:CallbackToken</c> a job polls Notify for
    /// the delivery statuses the callback would have brought. With webhook subscriptions (<c>Messages:Webhooks</c>),
    /// contact events are written by every save that moves a contact (an interceptor the database registration picks
    /// up) and posted, signed, by the webhook channel.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        var webhooks = configuration.GetSection(WebhookOptions.SectionName).Get<WebhookOptions>() is { IsConfigured: true };
        services.AddOptions<MessagesOptions>().BindConfiguration(MessagesOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => !webhooks || o.StaffSiteUrl is not null, "Messages:StaffSiteUrl must be set when Messages:Webhooks has subscriptions: events link to the contact and its attachments through it.")
            .ValidateOnStart();
        services.AddOptions<NotifyOptions>().BindConfiguration(NotifyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<Outbox>();
        services.TryAddScoped<OutboxSender>();
        services.TryAddScoped<OutboxAdministration>();
        services.TryAddScoped<NotifyDeliveryReceipts>();
        services.AddRecurringJob<OutboxSendJob>();

        if (configuration.GetSection(NotifyOptions.SectionName).Get<NotifyOptions>() is { IsConfigured: true } notify)
        {
            services.AddHttpClient(NotifyChannel.HttpClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<NotifyOptions>>().Value.Timeout);
            services.AddSingleton<IMessageChannel, NotifyChannel>();
            services.AddHostedService<NotifyTemplateCheck>();
            if (!notify.CallbackConfigured)
            {
                // Without Notify's callback, delivery statuses are fetched instead.
                services.AddRecurringJob<NotifyDeliveryStatusPoll>();
            }
        }

        if (webhooks)
        {
            // No redirects: a POST redirected becomes a GET, and a receiver that moved should be configured anew.
            services.AddHttpClient(WebhookChannel.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
            services.AddSingleton<IMessageChannel, WebhookChannel>();
            services.AddSingleton<ISaveChangesInterceptor, WebhookEventWriter>();
        }

        return services;
    }
}
