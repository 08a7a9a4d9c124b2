using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Messages.Notify;

/// <summary>What one poll of Notify's delivery statuses did.</summary>
/// <param name="Asked">Messages whose status Notify was asked for.</param>
/// <param name="Recorded">Messages moved to delivered or failed.</param>
/// <param name="StillSending">Messages Notify has not finished with yet (created, sending, pending): asked again next time.</param>
/// <param name="Unknown">Messages Notify no longer knows (it keeps them 7 days): left as sent.</param>
/// <param name="Interrupted">Notify refused (429, 5xx) or did not answer: the rest wait for the next poll.</param>
public sealed record NotifyStatusPollResult(int Asked, int Recorded, int StillSending, int Unknown, bool Interrupted);

/// <summary>
/// When Notify is not set up to call back (no <c>Messages:Notify:CallbackToken</c>), asks it every
/// <see cref="NotifyOptions.StatusPollInterval"/> how the texts and emails sent in the last
/// <see cref="NotifyOptions.StatusPollWindow"/> and still "sent" stand (<c>GET /v2/notifications/{id}</c>), and records
/// each outcome exactly as a callback would (<see cref="NotifyDeliveryReceipts"/>). One node polls per interval: it
/// holds the job's lease for the interval and keeps it while it lives.
/// </summary>
public sealed partial class NotifyDeliveryStatusPoll(IOptions<NotifyOptions> options, NodeIdentity node, ILogger<NotifyDeliveryStatusPoll> logger) : IRecurringJob
{
    public const string LeaseName = "notify delivery status poll";

    // Where the last batch ended, so messages Notify is slow to finish with never keep newer ones from being asked
    // about: each poll carries on from there, and starts again from the window's beginning once it reaches the end.
    private DateTimeOffset? _after;

    public string Name => "notify delivery status poll";

    public TimeSpan Interval => options.Value.StatusPollInterval;

    public bool RunsAtStart => false;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await PollOnceAsync(services, cancellationToken);

    /// <summary>One poll; null when callbacks are configured (they bring the statuses) or another node polls this interval.</summary>
    public async Task<NotifyStatusPollResult?> PollOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.CallbackConfigured || !settings.IsConfigured)
        {
            return null;
        }

        if (!await services.GetRequiredService<JobLeases>().TryAcquireAsync(LeaseName, node.Id, settings.StatusPollInterval, cancellationToken))
        {
            return null;
        }

        var db = services.GetRequiredService<FrontDoorDbContext>();
        var since = services.GetRequiredService<TimeProvider>().GetUtcNow() - settings.StatusPollWindow;
        var after = _after is { } cursor && cursor > since ? cursor : since;
        var batch = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Kind == MessageKind.NotifyEmail || m.Kind == MessageKind.NotifySms) && m.Status == MessageStatus.Sent && m.ProviderId != null)
            .Where(m => m.SentAt >= since && m.SentAt > after)
            .OrderBy(m => m.SentAt)
            .Take(settings.StatusPollBatch)
            .Select(m => new { m.Id, m.ProviderId, m.SentAt })
            .ToListAsync(cancellationToken);
        _after = batch.Count < settings.StatusPollBatch ? null : batch[^1].SentAt;

        var httpClients = services.GetRequiredService<IHttpClientFactory>();
        var receipts = services.GetRequiredService<NotifyDeliveryReceipts>();
        int asked = 0, recorded = 0, stillSending = 0, unknown = 0;
        foreach (var message in batch)
        {
            var (client, http) = NotifyHttpClient.Create(httpClients, settings, cancellationToken);
            global::Notify.Models.Notification notification;
            asked++;
            try
            {
                notification = await client.GetNotificationByIdAsync(message.ProviderId!).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (http.Refusal is { StatusCode: 400 or 404 })
                {
                    unknown++;
                    continue;
                }

                // Rate-limited, down or slow: asking about the rest now would only make it worse.
                LogInterrupted(logger, http.Refusal is { } refusal ? $"status {refusal.StatusCode}" : NotifyHttpClient.Unwrapped(ex).GetType().Name);
                _after = null;
                return new NotifyStatusPollResult(asked, recorded, stillSending, unknown, Interrupted: true);
            }

            if (notification.status is null || !NotifyDeliveryReceipts.Statuses.TryGetValue(notification.status, out var outcome))
            {
                stillSending++;
                continue;
            }

            if (await receipts.RecordAsync(message.Id, outcome, NotifyDeliveryReceipts.NotifyTime(notification.completedAt), cancellationToken) == DeliveryReceiptResult.Recorded)
            {
                recorded++;
            }
        }

        return new NotifyStatusPollResult(asked, recorded, stillSending, unknown, Interrupted: false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Asking Notify for delivery statuses stopped ({Failure}); the rest are asked about at the next poll")]
    private static partial void LogInterrupted(ILogger logger, string failure);
}
