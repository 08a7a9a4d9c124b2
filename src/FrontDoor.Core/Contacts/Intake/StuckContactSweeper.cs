using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>
/// Every few minutes, processes contacts that were received but never processed (a node stopped between the two),
/// so nothing waits on the needs-attention list for a person to press "process again".
/// </summary>
public sealed partial class StuckContactSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<StuckContactSweeper> logger) : BackgroundService
{
    private const int PerSweep = 50;

    public static TimeSpan Interval { get; } = ContactIntake.StuckAfter / 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var processed = await scope.ServiceProvider.GetRequiredService<ContactIntake>().ProcessStuckAsync(PerSweep, stoppingToken);
                if (processed > 0)
                {
                    LogSwept(logger, processed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be down; the next tick tries again. The log names the error type, never a contact's content.
                LogSweepFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Processed {Count} contacts left received but unprocessed")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep of unprocessed contacts failed ({Error}); retrying on the next tick")]
    private static partial void LogSweepFailed(ILogger logger, string error);
}
