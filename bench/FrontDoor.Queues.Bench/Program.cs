using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

// dotnet run -c Release --project bench/FrontDoor.Queues.Bench -- sqlite|postgres [file|connection] [contacts=100000] [runs=50]
var mode = args.Length > 0 ? args[0] : "help";
string Text(int position, string fallback) => args.Length > position && args[position] != "-" ? args[position] : fallback;
int Number(int position, int fallback) => args.Length > position && args[position] != "-" ? int.Parse(args[position], CultureInfo.InvariantCulture) : fallback;

DatabaseOptions options;
switch (mode)
{
    case "sqlite":
    {
        var file = Text(1, Path.Combine(Path.GetTempPath(), "queues-bench.db"));
        foreach (var stale in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        break;
    }

    case "postgres":
    {
        var server = Text(1, Environment.GetEnvironmentVariable("QUEUES_BENCH_POSTGRES") ?? string.Empty);
        if (server.Length == 0)
        {
            Console.Error.WriteLine("postgres needs a connection string (argument or QUEUES_BENCH_POSTGRES); the bench drops and creates its database there.");
            return 2;
        }

        options = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await FreshPostgresDatabaseAsync(server) };
        break;
    }

    default:
        Console.WriteLine("""
            usage:
              sqlite [db file] [contacts=100000] [runs=50]      fill a new SQLite file (default /tmp/queues-bench.db) and time the queue queries
              postgres [connection] [contacts] [runs]           the same in a fresh PostgreSQL database (or QUEUES_BENCH_POSTGRES)
            """);
        return mode == "help" ? 0 : 2;
}

var contacts = Number(2, 100_000);
var runs = Number(3, 50);
var dbOptions = DatabaseSetup.CreateOptions(options);
var now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
var clock = new FixedClock(now);
var catalogue = new WorkQueueCatalogue(Options.Create(new WorkQueueOptions()));

await using (var db = new FrontDoorDbContext(dbOptions))
{
    await new DatabaseMigrator(db, options).MigrateAsync();
}

Console.Error.WriteLine($"{options.Provider}: filling {contacts:N0} open contacts …");
var fill = Stopwatch.StartNew();
await FillAsync(contacts);
Console.Error.WriteLine($"filled in {fill.Elapsed.TotalSeconds:F0} s");
await using (var db = new FrontDoorDbContext(dbOptions))
{
    // What autovacuum (PostgreSQL) or the optimiser's statistics (SQLite) would have done on a live system.
    await db.Database.ExecuteSqlRawAsync(options.Provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE contacts" : "ANALYZE");
}

var reader = new AuditActor("bench-advisor", "Bench Advisor", "Advisor");
var filtered = new QueueFilter { Priorities = [TriagePriority.Urgent, TriagePriority.High], Assigned = false, Channels = [ContactChannel.Phone, ContactChannel.Email] };
(string Name, Func<WorkQueueQueries, Task<int>> Query)[] measures =
[
    ("tier-1 first page (25, by priority)", async q => (await q.ListAsync("tier-1", new QueueFilter(), 25, 1, reader)).Rows.Count),
    ("tier-1 filtered (urgent+high, not taken, phone/email)", async q => (await q.ListAsync("tier-1", filtered, 25, 1, reader)).Rows.Count),
    ("tier-1 deep page (page 400, rows 9,976-10,000)", async q => (await q.ListAsync("tier-1", new QueueFilter(), 25, 400, reader)).Rows.Count),
    ("tier-1 sorted by received, first page", async q => (await q.ListAsync("tier-1", new QueueFilter { Sort = QueueSort.Received }, 25, 1, reader)).Rows.Count),
    ("home-first first page (a team queue)", async q => (await q.ListAsync("home-first", new QueueFilter(), 25, 1, reader)).Rows.Count),
    ("overview of every queue", async q => (await q.OverviewAsync()).Count),
    ("my work (one advisor's claimed contacts)", async q => (await q.MyWorkAsync("advisor-7", 10)).Items.Count),
];

Console.WriteLine($"{options.Provider}, {contacts:N0} open contacts, {runs} runs each after 3 warm-up runs, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
Console.WriteLine($"{"query",-56} {"rows",5} {"median ms",10} {"p95 ms",8} {"max ms",8}");
foreach (var (name, query) in measures)
{
    var times = new List<double>(runs);
    var rows = 0;
    for (var i = 0; i < runs + 3; i++)
    {
        // A fresh DbContext per run, as each request gets one; the connection pool stays warm, as in the app.
        await using var db = new FrontDoorDbContext(dbOptions);
        var queries = new WorkQueueQueries(db, clock, catalogue);
        var watch = Stopwatch.StartNew();
        rows = await query(queries);
        watch.Stop();
        if (i >= 3)
        {
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-56} {rows,5} {Percentile(times, 0.5),10:F1} {Percentile(times, 0.95),8:F1} {times[^1],8:F1}"));
}

Console.WriteLine($"load average after: {LoadAverage()}");
return 0;

// Bulk insert through the domain (so every row and event is what the app writes), 5,000 contacts a save, with progress.
async Task FillAsync(int count)
{
    const int batch = 5_000;
    var random = new Random(17);
    var channels = Enum.GetValues<ContactChannel>();
    var sources = Enum.GetValues<ContactSource>();
    var teamQueues = catalogue.All.Where(q => q.Kind == WorkQueueKind.Team).Select(q => q.Key).ToArray();
    for (var start = 0; start < count; start += batch)
    {
        await using var db = new FrontDoorDbContext(dbOptions);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = start; i < Math.Min(count, start + batch); i++)
        {
            // Tier 1 holds 40%, Tier 2 20%, the nine teams the rest; received over the last 30 days.
            var roll = random.NextDouble();
            var queue = roll < 0.4 ? "tier-1" : roll < 0.6 ? "tier-2" : teamQueues[random.Next(teamQueues.Length)];
            var received = now.AddMinutes(-random.Next(30 * 24 * 60));
            var contact = new Contact(Guid.CreateVersion7(received), ContactReference.New(), channels[random.Next(channels.Length)], sources[random.Next(sources.Length)], received, "Benchmark contact: needs help at home after a fall.");
            contact.Open(received);
            contact.MoveToQueue(queue, "Arrived", received, ContactEvent.System);

            // 5% not yet prioritised (older rows); the rest 10% urgent, 25% high, 40% medium, 20% low.
            var p = random.NextDouble();
            TriagePriority? priority = p < 0.05 ? null : p < 0.15 ? TriagePriority.Urgent : p < 0.40 ? TriagePriority.High : p < 0.80 ? TriagePriority.Medium : TriagePriority.Low;
            if (priority is { } given)
            {
                var target = given switch { TriagePriority.Urgent => TimeSpan.FromHours(4), TriagePriority.High => TimeSpan.FromDays(1), TriagePriority.Medium => TimeSpan.FromDays(5), _ => TimeSpan.FromDays(20) };
                contact.PrioritiseByRules(given, ["Benchmark"], received + target, received);
            }

            if (random.NextDouble() < 0.3)
            {
                var advisor = $"advisor-{random.Next(40)}";
                contact.AssignTo(advisor, advisor, received.AddMinutes(30), ContactEvent.System);
            }

            db.Contacts.Add(contact);
        }

        await db.SaveChangesAsync();
        Console.Error.Write($"\r{Math.Min(count, start + batch):N0} / {count:N0} contacts ({fill.Elapsed.TotalSeconds:F0} s)");
    }

    Console.Error.WriteLine();
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static async Task<string> FreshPostgresDatabaseAsync(string serverConnection)
{
    var builder = new NpgsqlConnectionStringBuilder(serverConnection);
    var name = builder.Database is { Length: > 0 } given && given != "postgres" ? given : "frontdoor_queues_bench";
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

/// <summary>The bench's "now": fixed, so overdue counts and age bands are the same every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
