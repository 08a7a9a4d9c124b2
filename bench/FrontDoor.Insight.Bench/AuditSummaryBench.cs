using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Data;
using FrontDoor.Core.Demo;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Insight.KeptMonths;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Insight.Bench;

/// <summary>
/// What the case file audit summary adds to a view of the insight dashboard: the demo county (as the web app seeds it
/// on first start), a sample drawn and every sampled case audited for each of the last 12 months, then
/// <see cref="CaseFileAuditing.SummaryAsync"/> and the dashboard's own read timed side by side, interleaved, each on a
/// fresh context as a request's would be.
/// </summary>
internal static class AuditSummaryBench
{
    private static readonly AuditActor Auditor = new("bench-auditor", "Bench Auditor", "Auditor");

    public static async Task RunAsync(DatabaseOptions options, DateTimeOffset now, int people, int runs)
    {
        var contextOptions = DatabaseSetup.CreateOptions(options);
        var clock = new FixedClock(now);
        var last = AuditMonth.Of(now).Previous;
        var load = Stopwatch.StartNew();
        await using (var db = new FrontDoorDbContext(contextOptions))
        {
            await new DatabaseMigrator(db, options).MigrateAsync();
            await new DemoCountySeeder(db).SeedAsync(new DemoCountyOptions(people, DemoCounty.DefaultSeed, DateOnly.FromDateTime(now.UtcDateTime)));
            await new KpiMonthRefresher(db, new KpiCalculator(db), clock).RebuildAsync(null);
        }

        await using (var db = new FrontDoorDbContext(contextOptions))
        {
            var sampler = new CaseFileAuditSampler(db, clock, Options.Create(new CaseFileAuditOptions()), new WorkQueueCatalogue(Options.Create(new WorkQueueOptions())));
            for (var month = AuditMonth.Of(last.Start.AddMonths(1 - CaseFileAuditing.TrendMonths)); month.Start <= last.Start; month = AuditMonth.Of(month.Start.AddMonths(1)))
            {
                await sampler.DrawAsync(month, Auditor, CancellationToken.None);
            }

            var grades = AuditQuestions.Grades;
            var position = 0;
            foreach (var sampled in await db.Set<SampledCase>().ToListAsync())
            {
                var answers = AuditQuestions.All.ToDictionary(q => q, q => new AuditAnswer(grades[position++ % grades.Count], null));
                sampled.AllocateTo(Auditor.Id, Auditor.Name!, now, Auditor);
                sampled.Record(new CaseFileAuditAnswers(answers, "Bench audit."), now, Auditor);
            }

            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync(options.Provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }

        load.Stop();
        var insight = Options.Create(new InsightOptions());
        (string Name, Func<FrontDoorDbContext, Task<int>> Measure)[] measures =
        [
            ("CaseFileAuditing.SummaryAsync (12 months)", async db =>
                (await new CaseFileAuditing(db, new AuditLog(db, clock), clock, new KnownStaff(db, clock, Options.Create(new WorkQueueOptions()))).SummaryAsync(last, CancellationToken.None)).Audited),
            ("InsightDashboard.ReadAsync (current month)", async db =>
                (await new InsightDashboard(new KeptKpiFigures(db, new KpiCalculator(db), clock, insight), insight, clock).ReadAsync(null, CancellationToken.None)).Period.ContactsReceived),
        ];

        var times = measures.Select(_ => new List<double>()).ToArray();
        var answersOf = new int[measures.Length];
        for (var run = 0; run < runs + 5; run++)
        {
            for (var m = 0; m < measures.Length; m++)
            {
                await using var db = new FrontDoorDbContext(contextOptions);
                var watch = Stopwatch.StartNew();
                answersOf[m] = await measures[m].Measure(db);
                watch.Stop();
                if (run >= 5)
                {
                    times[m].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        Console.WriteLine($"{options.Provider}: demo county of {people:N0} people, 12 months sampled and audited (set up in {load.Elapsed.TotalSeconds:F0} s)");
        Console.WriteLine($"{runs} runs each after 5 warm-up runs, interleaved; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine($"{"read",-46} {"rows",7} {"median ms",10} {"min ms",9} {"max ms",9}");
        for (var m = 0; m < measures.Length; m++)
        {
            var sorted = times[m].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{measures[m].Name,-46} {answersOf[m],7:N0} {sorted[sorted.Count / 2],10:F2} {sorted[0],9:F2} {sorted[^1],9:F2}"));
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
