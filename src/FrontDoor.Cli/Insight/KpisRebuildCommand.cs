using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Insight.KeptMonths;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.WorkQueues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Cli.Insight;

/// <summary>
/// <c>frontdoor kpis rebuild [--from YYYY-MM]</c>: recomputes the kept monthly KPIs from that month (or the first
/// with any contact or call) to the current one, for the whole front door and each team, and the baseline, with progress, holding the refresh job's lease meanwhile.
/// </summary>
public static class KpisRebuildCommand
{
    public static Command Create(IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var from = new Option<DateOnly?>("--from") { Description = "First month to recompute (yyyy-MM); the first month with any contact or call if left out.", CustomParser = Month };
        var command = new Command("rebuild", "Recompute the kept monthly KPIs the dashboard's months and trend read (after an import, or to refresh history at once).")
        {
            from,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = await CliSession.OpenMigratedAsync(settings, cancellationToken);
            var db = session.Db;
            var clock = TimeProvider.System;
            var leases = new JobLeases(db, clock);
            var holder = $"{CliSession.Actor}/{Environment.ProcessId}";
            if (!await leases.TryAcquireAsync(KpiMonthRefresher.LeaseName, holder, TimeSpan.FromHours(1), cancellationToken))
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync("frontdoor: a node is refreshing the kept months now; try again in a minute.");
                return CommandLineRunner.Failure;
            }

            try
            {
                var error = parseResult.InvocationConfiguration.Error;
                var watch = Stopwatch.StartNew();
                var progress = new SynchronousProgress<(DateOnly Month, int Done, int Total)>(p =>
                    error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{p.Month:yyyy-MM}: {p.Done:N0} of {p.Total:N0} months ({watch.Elapsed.TotalSeconds:F0} s)   ")));
                // Every team's months and the baseline too, as the web app's refresh keeps them.
                var scopes = KeptKpiScopes.From(session.Services.GetRequiredService<WorkQueueCatalogue>().All, session.Services.GetRequiredService<IOptions<InsightOptions>>().Value);
                var months = await new KpiMonthRefresher(db, new KpiCalculator(db), clock, scopes).RebuildAsync(parseResult.GetValue(from), progress, cancellationToken);
                await error.WriteLineAsync();
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(months.Count == 0
                    ? "No months to recompute."
                    : string.Create(CultureInfo.InvariantCulture, $"Recomputed {months.Count:N0} months, {months[0]:yyyy-MM} to {months[^1]:yyyy-MM}, in {watch.Elapsed.TotalSeconds:F1} s."));
                return CommandLineRunner.Success;
            }
            finally
            {
                await leases.ReleaseAsync(KpiMonthRefresher.LeaseName, holder, CancellationToken.None);
            }
        });
        return command;
    }

    private static DateOnly? Month(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        result.AddError($"--from must be a month written yyyy-MM; got '{text}'.");
        return null;
    }
}
