using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Core.Jobs;

/// <summary>The one hosted service that runs an <see cref="IRecurringJob"/>: a scope per run, one run at a time.</summary>
public sealed partial class RecurringJobRunner<TJob>(TJob job, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RecurringJobRunner<TJob>> logger) : BackgroundService
    where TJob : class, IRecurringJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Each wait is set before the run it follows, as a timer's would be, but it is a one-off delay rather than a
            // PeriodicTimer: when the clock jumps (a suspended machine, a test's fake clock moved by weeks) the job
            // runs once, not once for every interval missed.
            var next = Task.Delay(job.Interval, clock, stoppingToken);
            if (job.RunsAtStart)
            {
                await RunOnceAsync(stoppingToken);
            }

            while (true)
            {
                await next;
                next = Task.Delay(job.Interval, clock, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The database or a server may be down; the next tick tries again. Exception messages can quote a
            // contact's content, so only the type is logged.
            LogRunFailed(logger, job.Name, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background job {Job} failed ({ExceptionType}); retrying on the next tick")]
    private static partial void LogRunFailed(ILogger logger, string job, string exceptionType);
}
