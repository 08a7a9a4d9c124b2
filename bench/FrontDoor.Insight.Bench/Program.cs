using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Insight.KeptMonths;
using FrontDoor.Insight.Bench;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// dotnet run -c Release --project bench/FrontDoor.Insight.Bench -- sqlite|postgres [file|connection] [contacts] [runs=7]
//                                                               refresh [connection] [contacts] [runs=7]
//                                                               marker sqlite|postgres [file|connection] [saves=500]
//                                                               audits [db file] [people=2000] [runs=51]
var mode = args.Length > 0 ? args[0] : "help";
string Text(int position, string fallback) => args.Length > position && args[position] != "-" ? args[position] : fallback;
int Number(int position, int fallback) => args.Length > position && args[position] != "-" ? int.Parse(args[position], CultureInfo.InvariantCulture) : fallback;

if (mode == "marker")
{
    // marker sqlite|postgres [file|connection] [saves]: the write cost KpiStaleMarker adds to a save.
    var markerProvider = Text(1, "sqlite");
    DatabaseOptions markerOptions;
    if (markerProvider == "postgres")
    {
        var server = Text(2, Environment.GetEnvironmentVariable("INSIGHT_BENCH_POSTGRES") ?? string.Empty);
        markerOptions = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await FreshPostgresDatabaseAsync(server) };
    }
    else
    {
        var file = Text(2, Path.Combine(Path.GetTempPath(), "insight-marker-bench.db"));
        foreach (var stale in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        markerOptions = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
    }

    await StaleMarkerBench.RunAsync(markerOptions, new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero), Number(3, 500));
    return 0;
}

if (mode == "audits")
{
    // audits [file] [people] [runs]: what the case file audit summary adds to a view of the dashboard (SQLite, demo county).
    var file = Text(1, Path.Combine(Path.GetTempPath(), "insight-audits-bench.db"));
    foreach (var stale in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
    {
        File.Delete(stale);
    }

    var auditOptions = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
    await AuditSummaryBench.RunAsync(auditOptions, new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero), Number(2, 2_000), Number(3, 51));
    return 0;
}

DatabaseOptions options;
int contacts;
switch (mode)
{
    case "sqlite":
    {
        var file = Text(1, Path.Combine(Path.GetTempPath(), "insight-bench.db"));
        foreach (var stale in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        contacts = Number(2, 1_000_000);
        break;
    }

    case "postgres":
    case "refresh":
    {
        var server = Text(1, Environment.GetEnvironmentVariable("INSIGHT_BENCH_POSTGRES") ?? string.Empty);
        if (server.Length == 0)
        {
            Console.Error.WriteLine("postgres needs a connection string (argument or INSIGHT_BENCH_POSTGRES); the bench drops and creates its database there.");
            return 2;
        }

        options = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await FreshPostgresDatabaseAsync(server) };
        contacts = Number(2, 10_000_000);
        break;
    }

    default:
        Console.WriteLine("""
            usage:
              sqlite [db file] [contacts=1000000] [runs=7]     fill a new SQLite file (default /tmp/insight-bench.db), keep the months, time the KPIs
              postgres [connection] [contacts=10000000] [runs]  the same in a fresh PostgreSQL database (or INSIGHT_BENCH_POSTGRES)
              refresh [connection] [contacts=10000000] [runs]   PostgreSQL: load, then time the first fill of every month and scope, and one refresh with the whole front door alone and with every team
              marker sqlite|postgres [file|connection] [saves=500]  saves with and without KpiStaleMarker, interleaved: the write cost it adds
              audits [db file] [people=2000] [runs=51]          demo county with 12 months of audits: the dashboard's audit summary beside its own read
            """);
        return mode == "help" ? 0 : 2;
}

var runs = Number(3, 7);
var dbOptions = DatabaseSetup.CreateOptions(options);
var now = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
var clock = new FixedClock(now);
var provider = options.Provider;
var insight = Microsoft.Extensions.Options.Options.Create(new InsightOptions());

await using (var db = new FrontDoorDbContext(dbOptions))
{
    await new DatabaseMigrator(db, options).MigrateAsync();
}

var loader = new CountyLoader(options, now, contacts);
Console.Error.WriteLine($"{provider}: loading {contacts:N0} contacts over {loader.Years} years, with events, calls and referrals …");
var load = Stopwatch.StartNew();
await loader.LoadAsync();
await using (var db = new FrontDoorDbContext(dbOptions))
{
    // What autovacuum (PostgreSQL) or the optimiser's statistics (SQLite) would have done on a live system.
    db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
    await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE" : "ANALYZE");
}

load.Stop();
if (mode == "refresh")
{
    Console.WriteLine($"{provider}, {contacts:N0} contacts over {loader.Years} years (loaded and analysed in {load.Elapsed.TotalSeconds:F0} s)");
    await RefreshCostBench.RunAsync(dbOptions, clock, runs, LoadAverage);
    return 0;
}

Console.Error.WriteLine($"loaded and analysed in {load.Elapsed.TotalSeconds:F0} s; keeping every month …");
var rebuild = Stopwatch.StartNew();
int keptMonths;
await using (var db = new FrontDoorDbContext(dbOptions))
{
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
    var months = await new KpiMonthRefresher(db, new KpiCalculator(db), clock)
        .RebuildAsync(null, new SynchronousProgress<(DateOnly Month, int Done, int Total)>(p => Console.Error.Write($"\r{p.Month:yyyy-MM}: {p.Done} of {p.Total} months ({rebuild.Elapsed.TotalSeconds:F0} s)   ")));
    keptMonths = months.Count;
    Console.Error.WriteLine();
}

rebuild.Stop();

// The dashboard's view: the current month and the 24 months to it.
var month = KpiRange.MonthOf(DateOnly.FromDateTime(now.UtcDateTime));
var trend = new KpiRange(month.From.AddMonths(-23), month.To);

// (a) what the product does: kept months; (b) the same KPIs through KpiCalculator over the raw rows; (c) a plain
// GROUP BY over the raw contacts and calls for the same 24 months (counts and the mean queue only: a lower bound on
// any raw computation, since it leaves out the medians, percentiles and breakdowns).
(string Name, Func<FrontDoorDbContext, Task<int>> Measure)[] measures =
[
    ("(a) kept months: month + 24-month trend", async db =>
    {
        var kept = new KeptKpiFigures(db, new KpiCalculator(db), clock, insight);
        var figures = await kept.CalculateAsync(month);
        return figures.ContactsReceived + (await kept.MonthlyAsync(trend)).Sum(m => m.ContactsReceived);
    }),
    ("(b) KpiCalculator over raw rows: the same", async db =>
    {
        var calculator = new KpiCalculator(db);
        var figures = await calculator.CalculateAsync(month);
        return figures.ContactsReceived + (await calculator.MonthlyAsync(trend)).Sum(m => m.ContactsReceived);
    }),
    ("(c) plain GROUP BY over raw contacts and calls", db => PlainGroupByAsync(db, trend)),
];

Console.WriteLine($"{provider}, {contacts:N0} contacts over {loader.Years} years (loaded in {load.Elapsed.TotalSeconds:F0} s); {keptMonths} months kept in {rebuild.Elapsed.TotalSeconds:F1} s ({rebuild.Elapsed.TotalMilliseconds / Math.Max(1, keptMonths):F0} ms a month)");
Console.WriteLine($"{runs} runs each after 2 warm-up runs, interleaved; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
// Above 2,000,000 contacts (b) takes minutes a run, so it runs once rather than runs + 2 times.
var rawCalculatorOnce = contacts > 2_000_000;
if (rawCalculatorOnce)
{
    Console.WriteLine("(b) runs once, in the last round: at this size each run takes minutes");
}

var times = measures.Select(_ => new List<double>()).ToArray();
var answers = new int[measures.Length];
for (var run = 0; run < runs + 2; run++)
{
    for (var m = 0; m < measures.Length; m++)
    {
        if (m == 1 && rawCalculatorOnce && run != runs + 1)
        {
            // Minutes a run at this size: timed once, in the last round, after the others have warmed the cache.
            continue;
        }

        // A fresh DbContext per run, as each request gets one; the connection pool stays warm, as in the app.
        await using var db = new FrontDoorDbContext(dbOptions);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var watch = Stopwatch.StartNew();
        answers[m] = await measures[m].Measure(db);
        watch.Stop();
        if (run >= 2)
        {
            times[m].Add(watch.Elapsed.TotalMilliseconds);
        }
    }
}

Console.WriteLine($"{"path",-50} {"contacts",11} {"median ms",10} {"min ms",9} {"max ms",9} {"× (a)",7}");
var kept0 = Median(times[0]);
for (var m = 0; m < measures.Length; m++)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{measures[m].Name,-50} {answers[m],11:N0} {Median(times[m]),10:F1} {times[m].Min(),9:F1} {times[m].Max(),9:F1} {Median(times[m]) / kept0,7:F1}"));
}

// The incremental path: a new contact through the domain and EF (so the save marks its month), then one refresh.
Console.WriteLine();
int before, after;
KpiRefreshResult refreshed;
double refreshMs;
await using (var db = new FrontDoorDbContext(dbOptions))
{
    before = (await new KeptKpiFigures(db, new KpiCalculator(db), clock, insight).CalculateAsync(month)).ContactsReceived;
    var received = now.AddMinutes(-1);
    var contact = new Contact(Guid.CreateVersion7(received), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, received, "Benchmark contact: the incremental one.");
    contact.Open(received);
    contact.MoveToQueue("tier-1", "Arrived", received, ContactEvent.System);
    db.Contacts.Add(contact);
    await db.SaveChangesAsync();
}

await using (var db = new FrontDoorDbContext(dbOptions))
{
    var watch = Stopwatch.StartNew();
    refreshed = await new KpiMonthRefresher(db, new KpiCalculator(db), clock).RefreshAsync(mostMissingCalculations: 12);
    refreshMs = watch.Elapsed.TotalMilliseconds;
    after = (await new KeptKpiFigures(db, new KpiCalculator(db), clock, insight).CalculateAsync(month)).ContactsReceived;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"incremental: one new contact, then one refresh: {refreshMs:F0} ms, months computed {string.Join(", ", refreshed.MonthsComputed.Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture)))}; {month.From:yyyy-MM} contacts received {before:N0} → {after:N0}"));

// And the kept figures are the calculator's: the month compared as JSON.
var keptEqualsLive = false;
await using (var db = new FrontDoorDbContext(dbOptions))
{
    var kept = JsonSerializer.Serialize(await new KeptKpiFigures(db, new KpiCalculator(db), clock, insight).CalculateAsync(KpiRange.Month(2026, 11)));
    var live = JsonSerializer.Serialize(await new KpiCalculator(db).CalculateAsync(KpiRange.Month(2026, 11)));
    keptEqualsLive = kept == live;
    Console.WriteLine($"kept 2026-11 equals the live calculator's: {keptEqualsLive}");
    if (kept != live)
    {
        // Which figures differ, so a mismatch says where it is.
        using var keptJson = JsonDocument.Parse(kept);
        using var liveJson = JsonDocument.Parse(live);
        foreach (var property in keptJson.RootElement.EnumerateObject())
        {
            var other = liveJson.RootElement.GetProperty(property.Name).GetRawText();
            if (property.Value.GetRawText() != other)
            {
                Console.WriteLine($"  {property.Name}: kept {property.Value.GetRawText()} live {other}");
            }
        }
    }
}

Console.WriteLine($"load average after: {LoadAverage()}");
return after == before + 1 && keptEqualsLive ? 0 : 1;

static async Task<int> PlainGroupByAsync(FrontDoorDbContext db, KpiRange range)
{
    var provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
    var months = range.Months().Select(m => $"({CountyLoader.SqlLiteral(provider, m.Start)}, {CountyLoader.SqlLiteral(provider, m.EndExclusive)})");
    var values = string.Join(", ", months);
    var contactsSql = $"""
        WITH months(month_start, month_end) AS (VALUES {values})
        SELECT m.month_start, COUNT(*), COUNT(c.outcome), SUM(CASE WHEN c.failure_demand_reason IS NOT NULL THEN 1 ELSE 0 END),
               SUM(CASE WHEN c.outcome = 'RedirectedToAllocatedWorker' THEN 1 ELSE 0 END), SUM(CASE WHEN c.outcome = 'InformationAndAdvice' THEN 1 ELSE 0 END),
               SUM(c.hand_offs), SUM(CASE WHEN c.recurring_of_contact_id IS NOT NULL THEN 1 ELSE 0 END)
        FROM months m JOIN contacts c ON c.received_at >= m.month_start AND c.received_at < m.month_end
        GROUP BY m.month_start
        """;
    var callsSql = $"""
        WITH months(month_start, month_end) AS (VALUES {values})
        SELECT m.month_start, COUNT(*), COUNT(k.answered_at), AVG(k.queue_seconds)
        FROM months m JOIN call_records k ON k.offered_at >= m.month_start AND k.offered_at < m.month_end
        GROUP BY m.month_start
        """;
    var connection = db.Database.GetDbConnection();
    await db.Database.OpenConnectionAsync();
    var received = 0;
    foreach (var sql in new[] { contactsSql, callsSql })
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 1800;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            received += sql == contactsSql ? Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture) : 0;
        }
    }

    return received;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static async Task<string> FreshPostgresDatabaseAsync(string serverConnection)
{
    var builder = new NpgsqlConnectionStringBuilder(serverConnection);
    var name = builder.Database is { Length: > 0 } given && given != "postgres" ? given : "frontdoor_insight_bench";
    builder.Database = "postgres";
    await using (var connection = new NpgsqlConnection(builder.ConnectionString))
    {
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    NpgsqlConnection.ClearAllPools();
    builder.Database = name;
    return builder.ConnectionString;
}

/// <summary>The bench's "now": fixed, so the current month and the trend are the same every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Reports on the calling thread, in order.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
