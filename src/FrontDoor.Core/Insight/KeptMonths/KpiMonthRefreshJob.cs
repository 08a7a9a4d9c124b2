using FrontDoor.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Insight.KeptMonths;

/// <summary>
/// Every <see cref="InsightOptions.KeptMonthsRefreshInterval"/> (a minute by default), one node refreshes the kept KPI
/// months: the current month, months a change has marked stale, and a few months not yet kept by this calculator version.
/// </summary>
public sealed partial class KpiMonthRefreshJob(IOptions<InsightOptions> options, NodeIdentity node, ILogger<KpiMonthRefreshJob> logger) : IRecurringJob
{
    public string Name => "kept KPI months refresh";

    public TimeSpan Interval => options.Value.KeptMonthsRefreshInterval;

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var leases = services.GetRequiredService<JobLeases>();
        // Held longer than a run should take, so a slow first fill is not taken over half-way by another node.
        if (!await leases.TryAcquireAsync(KpiMonthRefresher.LeaseName, node.Id, TimeSpan.FromMinutes(10), cancellationToken))
        {
            return;
        }

        try
        {
            // The backfill budget is in calculations (a month or the baseline for one scope), the whole front door's first.
            var result = await services.GetRequiredService<KpiMonthRefresher>().RefreshAsync(options.Value.KeptMonthsBackfillPerRun, cancellationToken);
            LogRefreshed(logger, result.MonthsComputed.Count, result.MarksConsumed);
        }
        finally
        {
            await leases.ReleaseAsync(KpiMonthRefresher.LeaseName, node.Id, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Kept KPI months refreshed: {Months} months computed, {Marks} stale marks consumed")]
    private static partial void LogRefreshed(ILogger logger, int months, int marks);
}
