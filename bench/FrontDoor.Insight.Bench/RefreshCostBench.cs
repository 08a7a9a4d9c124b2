using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Insight.KeptMonths;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Insight.Bench;

/// <summary>
/// What keeping each team's months costs, measured on a loaded county: the first fill of every month and the baseline
/// for the whole front door and each standard queue (as a fresh install's backfill, or <c>frontdoor kpis rebuild</c>,
/// does), then one incremental refresh (a new contact saved, then <see cref="KpiMonthRefresher.RefreshAsync"/>) with
/// the whole front door alone and with every scope, interleaved, each on a fresh context.
/// </summary>
internal static class RefreshCostBench
{
    public static async Task RunAsync(DbContextOptions<FrontDoorDbContext> options, TimeProvider clock, int runs, Func<string> loadAverage)
    {
        var now = clock.GetUtcNow();
        var current = KpiRange.MonthOf(DateOnly.FromDateTime(now.UtcDateTime));

        // The twelve whole months before this one, as a council's "last year" baseline would be.
        var baseline = new KpiRange(current.From.AddMonths(-12), current.From.AddDays(-1));
        var everyScope = new KeptKpiScopes([.. WorkQueueOptions.Standard.Select(q => q.Key)], baseline);
        var wholeOnly = KeptKpiScopes.WholeFrontDoorOnly;

        Console.WriteLine($"scopes: the whole front door and {everyScope.Teams.Count} teams; baseline {baseline.From:yyyy-MM-dd} to {baseline.To:yyyy-MM-dd}; load average {loadAverage()}");
        await using (var db = new FrontDoorDbContext(options))
        {
            var byQueue = await db.Contacts.Where(c => c.ReceivedAt >= current.Start).GroupBy(c => c.QueueKey).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            Console.WriteLine($"{current.From:yyyy-MM} contacts by queue: {string.Join(", ", byQueue.OrderByDescending(q => q.Count).Select(q => $"{q.Key} {q.Count:N0}"))}");
        }

        var fill = Stopwatch.StartNew();
        var monthsDone = TimeSpan.Zero;
        int months;
        await using (var db = new FrontDoorDbContext(options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            var kept = await new KpiMonthRefresher(db, new KpiCalculator(db), clock, everyScope).RebuildAsync(
                null,
                new SynchronousProgress<(DateOnly Month, int Done, int Total)>(p =>
                {
                    monthsDone = fill.Elapsed;
                    Console.Error.Write($"\r{p.Month:yyyy-MM}: {p.Done} of {p.Total} months, every scope ({fill.Elapsed.TotalSeconds:F0} s)   ");
                }));
            months = kept.Count;
            Console.Error.WriteLine();
        }

        fill.Stop();
        var calculations = months * everyScope.All.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first fill: {months} months × {everyScope.All.Count} scopes = {calculations} month calculations in {monthsDone.TotalSeconds:F1} s ({monthsDone.TotalMilliseconds / calculations:F0} ms each), then the baseline for every scope in {(fill.Elapsed - monthsDone).TotalSeconds:F1} s; {fill.Elapsed.TotalSeconds:F1} s in all; load average {loadAverage()}"));

        // Two sizes of refresh: the current month alone (a new contact), and with last month too (a change to one of
        // its contacts marks it), a whole month's contacts, so the cost can be read per contact recomputed.
        var previous = KpiRange.MonthOf(current.From.AddMonths(-1));
        // Last month lies inside the baseline, so a mark on it recomputes the baseline for every scope too (by design:
        // it is history that changed); the teams' cost per contact is read without it.
        var teamsWithoutBaseline = everyScope with { Baseline = null };
        var sizes = new (string Name, KeptKpiScopes Scopes, bool LastMonthToo)[]
        {
            ("whole front door alone", wholeOnly, false), ("every scope", everyScope, false),
            ("whole, with last month", wholeOnly, true), ("every team, with last month", teamsWithoutBaseline, true),
        };
        await using (var db = new FrontDoorDbContext(options))
        {
            var currentContacts = await db.Contacts.CountAsync(c => c.ReceivedAt >= current.Start && c.ReceivedAt < current.EndExclusive);
            var previousContacts = await db.Contacts.CountAsync(c => c.ReceivedAt >= previous.Start && c.ReceivedAt < previous.EndExclusive);
            Console.WriteLine($"contacts received in {current.From:yyyy-MM} (to the 7th): {currentContacts:N0}; in {previous.From:yyyy-MM}: {previousContacts:N0}");
        }

        // One warm-up round, then the timed ones; the refreshers alternate so load drifts hit them alike.
        var times = sizes.ToDictionary(s => s.Name, _ => new List<double>(), StringComparer.Ordinal);
        for (var round = -1; round < runs; round++)
        {
            foreach (var (name, scopes, lastMonthToo) in sizes)
            {
                await using (var db = new FrontDoorDbContext(options))
                {
                    if (lastMonthToo)
                    {
                        db.Set<KpiStaleMark>().Add(new KpiStaleMark(Guid.CreateVersion7(), previous.From, null));
                    }

                    var received = now.AddMinutes(-1).AddSeconds(-round);
                    var contact = new Contact(Guid.CreateVersion7(received), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, received, "Benchmark contact: the incremental one.");
                    contact.Open(received);
                    contact.MoveToQueue("tier-1", "Arrived", received, ContactEvent.System);
                    db.Contacts.Add(contact);
                    await db.SaveChangesAsync();
                }

                await using (var db = new FrontDoorDbContext(options))
                {
                    var watch = Stopwatch.StartNew();
                    var result = await new KpiMonthRefresher(db, new KpiCalculator(db), clock, scopes).RefreshAsync(mostMissingCalculations: 0);
                    watch.Stop();
                    DateOnly[] expected = lastMonthToo ? [previous.From, current.From] : [current.From];
                    if (!result.MonthsComputed.SequenceEqual(expected))
                    {
                        throw new InvalidOperationException($"The refresh computed {string.Join(", ", result.MonthsComputed)}, not {string.Join(", ", expected)}.");
                    }

                    if (round >= 0)
                    {
                        times[name].Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
            }
        }

        Console.WriteLine($"incremental refresh of {current.From:yyyy-MM} after one new contact, {runs} runs each after 1 warm-up, interleaved; load average {loadAverage()}");
        Console.WriteLine($"{"refresh",-30} {"median ms",10} {"min ms",9} {"max ms",9}");
        foreach (var (name, list) in times)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-30} {Median(list),10:F0} {list.Min(),9:F0} {list.Max(),9:F0}"));
        }

        var perTeam = (Median(times["every scope"]) - Median(times["whole front door alone"])) / everyScope.Teams.Count;
        var perTeamWithLastMonth = (Median(times["every team, with last month"]) - Median(times["whole, with last month"])) / everyScope.Teams.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"each team adds {perTeam:F0} ms to a refresh of the current month, {perTeamWithLastMonth:F0} ms with last month too (median difference / {everyScope.Teams.Count} teams)"));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
