using FrontDoor.Core.Contacts.Email;
using MailKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Jobs;

/// <summary>
/// Reads the referrals mailbox every <see cref="MailboxOptions.PollInterval"/>. Every node polls, but a pass first
/// takes the mailbox's lease (<see cref="LeaseName"/>) and renews it while it reads, so one node at a time reads
/// the mailbox; if that node dies its lease runs out (<see cref="MailboxOptions.LeaseDuration"/>) and the next
/// node to poll takes over.
/// </summary>
public sealed partial class MailboxPoller(IServiceScopeFactory scopes, IOptions<MailboxOptions> options, NodeIdentity node, TimeProvider clock, ILogger<MailboxPoller> logger) : IRecurringJob
{
    public string Name => "mailbox poll";

    public TimeSpan Interval => options.Value.PollInterval;

    public bool RunsAtStart => true;

    public static string LeaseName(MailboxOptions mailbox) => "mailbox:" + mailbox.MailboxName;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await PollOnceAsync(services, cancellationToken);

    /// <summary>One pass in its own scope (its own DbContext); null when it failed (logged) or another node holds the mailbox.</summary>
    public async Task<MailboxPassResult?> PollOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await PollOnceAsync(scope.ServiceProvider, cancellationToken);
    }

    private async Task<MailboxPassResult?> PollOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lease = LeaseName(settings);
        try
        {
            var leases = services.GetRequiredService<JobLeases>();
            if (!await leases.TryAcquireAsync(lease, node.Id, settings.LeaseDuration, cancellationToken))
            {
                return null;
            }

            var renewedAt = clock.GetTimestamp();
            try
            {
                return await services.GetRequiredService<MailboxReader>().ReadOnceAsync(
                    async token =>
                    {
                        // Renewed well before it runs out, without a write per message.
                        if (clock.GetElapsedTime(renewedAt) < settings.LeaseDuration / 3)
                        {
                            return true;
                        }

                        renewedAt = clock.GetTimestamp();
                        return await leases.TryAcquireAsync(lease, node.Id, settings.LeaseDuration, token);
                    },
                    cancellationToken);
            }
            finally
            {
                // The next node to poll need not wait for the lease to run out.
                await leases.ReleaseAsync(lease, node.Id, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Connection and sign-in failures carry no message content, so their text is safe to log.
            LogPassFailed(logger, settings.MailboxName, ex.GetType().Name, ex is IOException or ServiceNotConnectedException or MailKit.Security.AuthenticationException or System.Net.Sockets.SocketException ? ex.Message : string.Empty);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading {Mailbox} failed ({ExceptionType}) {Detail}; trying again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, string mailbox, string exceptionType, string detail);
}
