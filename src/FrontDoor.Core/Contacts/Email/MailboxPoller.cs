using MailKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>Reads the referrals mailbox every <see cref="MailboxOptions.PollInterval"/>, one pass at a time.</summary>
public sealed partial class MailboxPoller(IServiceScopeFactory scopes, IOptions<MailboxOptions> options, TimeProvider clock, ILogger<MailboxPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        try
        {
            do
            {
                await PollOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One pass in its own scope (its own DbContext); a failure is logged and the next tick tries again.</summary>
    public async Task<MailboxPassResult?> PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MailboxReader>().ReadOnceAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Connection and sign-in failures carry no message content, so their text is safe to log.
            LogPassFailed(logger, options.Value.MailboxName, ex.GetType().Name, ex is IOException or ServiceNotConnectedException or MailKit.Security.AuthenticationException or System.Net.Sockets.SocketException ? ex.Message : string.Empty);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading {Mailbox} failed ({ExceptionType}) {Detail}; trying again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, string mailbox, string exceptionType, string detail);
}
