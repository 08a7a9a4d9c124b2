using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FrontDoor.Import.Bench;

/// <summary>
/// One run against one database: the people export into an empty database through the real importer, the person
/// index rebuilt from it, the nightly change file, the index's catch-up, then the database's own fastest bulk
/// load of the same rows into an empty copy of the people table, for the ratio.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(DatabaseProvider provider, string target, string exportDir, int people, int changes)
    {
        var peopleFile = Path.Combine(exportDir, "people.csv");
        var changesFile = Path.Combine(exportDir, "people-changes.csv");
        EnsureExports(exportDir, peopleFile, changesFile, people, changes);

        var options = DatabaseSetup.ReadOptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:FrontDoor"] = provider == DatabaseProvider.Sqlite ? $"Data Source={target}" : await FreshPostgresDatabaseAsync(target),
        }).Build());
        if (provider == DatabaseProvider.Sqlite)
        {
            foreach (var file in new[] { target, target + "-wal", target + "-shm", target + "-journal" })
            {
                File.Delete(file);
            }
        }

        Console.Error.WriteLine($"{provider}: {DatabaseMigrator.Describe(options)}; load average {LoadAverage()}");
        await using (var db = new FrontDoorDbContext(ContextOptions(options)))
        {
            await new DatabaseMigrator(db, options).MigrateAsync();
        }

        var results = new List<Measured>();
        var serverCpu = provider == DatabaseProvider.Postgres ? PostgresCpu(options.ConnectionString) : null;
        using var index = new PersonIndexHost(Options.Create(new PersonMatchingOptions()));

        // The million were loaded last night (a day ago by the importer's clock): the index's catch-up after tonight's
        // change file then reads what tonight changed, not also what its one-minute overlap finds of last night's load.
        results.Add(await ImportAsync(options, $"import {people:N0} people", peopleFile, serverCpu, new ShiftedClock(TimeSpan.FromDays(1))));
        results.Add(await MeasureAsync("index rebuild", serverCpu, async () =>
        {
            await using var db = new FrontDoorDbContext(ContextOptions(options));
            await index.RebuildAsync(db, CancellationToken.None);
            Console.Error.WriteLine($"  index holds {(await index.GetAsync(CancellationToken.None)).Count:N0} people");
        }));
        await CheckpointAsync(options);
        results.Add(await ImportAsync(options, $"change file {changes:N0} rows", changesFile, serverCpu, TimeProvider.System));
        results.Add(await MeasureAsync("index catch-up", serverCpu, async () =>
        {
            await using var db = new FrontDoorDbContext(ContextOptions(options));
            var caughtUp = await index.CatchUpAsync(db, CancellationToken.None);
            Console.Error.WriteLine($"  caught up: {caughtUp.PeopleApplied:N0} people applied of {caughtUp.PeopleChecked:N0} checked, {caughtUp.AllocationsRead:N0} allocations read");
        }));
        await CheckpointAsync(options);
        results.Add(await MeasureAsync($"baseline bulk load {people:N0}", serverCpu, () => provider == DatabaseProvider.Sqlite
            ? BulkLoad.SqliteAsync(options.ConnectionString, peopleFile)
            : BulkLoad.PostgresAsync(options.ConnectionString, peopleFile)));

        Console.WriteLine();
        Console.WriteLine($"{provider} ({DatabaseMigrator.Describe(options)}), {Environment.ProcessorCount} cores, load average after: {LoadAverage()}");
        Console.WriteLine(Measured.TableHeader);
        foreach (var result in results)
        {
            Console.WriteLine(result.TableRow);
        }

        var ratio = results[0].Wall.TotalSeconds / results[^1].Wall.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"importer / baseline (wall): {ratio:F1}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets: {people:N0} people ≤ 120 s: {(results[0].Wall.TotalSeconds <= 120 ? "met" : "MISSED")}; {changes:N0}-row change file ≤ 10 s: {(results[2].Wall.TotalSeconds <= 10 ? "met" : "MISSED")}"));
        return 0;
    }

    /// <summary>One import of one file into the database as it is (created and migrated if new): for profiling.</summary>
    public static async Task<int> OnceAsync(DatabaseProvider provider, string target, string file)
    {
        var options = DatabaseSetup.ReadOptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:FrontDoor"] = provider == DatabaseProvider.Sqlite ? $"Data Source={target}" : target,
        }).Build());
        await using (var db = new FrontDoorDbContext(ContextOptions(options)))
        {
            await new DatabaseMigrator(db, options).MigrateAsync();
        }

        var measured = await ImportAsync(options, $"import {Path.GetFileName(file)}", file, null, TimeProvider.System);
        Console.WriteLine(Measured.TableHeader);
        Console.WriteLine(measured.TableRow);
        return 0;
    }

    public static void EnsureExports(string exportDir, string peopleFile, string changesFile, int people, int changes)
    {
        var stamp = Path.Combine(exportDir, "generated.txt");
        var expected = $"{people} {changes} v1";
        if (File.Exists(stamp) && File.ReadAllText(stamp) == expected && File.Exists(peopleFile) && File.Exists(changesFile))
        {
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        Console.Error.WriteLine($"Writing {people:N0} people to {peopleFile} …");
        PeopleExport.WritePeople(peopleFile, people, done => Console.Error.WriteLine($"  {done:N0} ({stopwatch.Elapsed.TotalSeconds:F0} s)"));
        var (moved, phones, renamed, added) = PeopleExport.WriteChanges(changesFile, people, changes);
        File.WriteAllText(stamp, expected);
        Console.Error.WriteLine(
            $"Wrote {new FileInfo(peopleFile).Length / 1048576.0:F0} MB of people and {changes:N0} changes ({moved:N0} moved, {phones:N0} new phones, {renamed:N0} renamed, {added:N0} new people) in {stopwatch.Elapsed.TotalSeconds:F0} s");
    }

    private static async Task<Measured> ImportAsync(DatabaseOptions options, string phase, string file, Func<Task<Dictionary<int, long>?>>? serverCpu, TimeProvider clock)
    {
        CaseSystemImportRun? run = null;
        var measured = await MeasureAsync(phase, serverCpu, async () =>
        {
            await using var db = new FrontDoorDbContext(ContextOptions(options));
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await using var stream = File.OpenRead(file);
            var stopwatch = Stopwatch.StartNew();
            var lastReport = TimeSpan.Zero;
            var progress = new InlineProgress(p =>
            {
                if (stopwatch.Elapsed - lastReport >= TimeSpan.FromSeconds(5))
                {
                    lastReport = stopwatch.Elapsed;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {p.RowsRead:N0} rows ({100.0 * p.Done / Math.Max(1, p.Total):F0}% of the file), {stopwatch.Elapsed.TotalSeconds:F0} s, {p.RowsRead / stopwatch.Elapsed.TotalSeconds:N0} rows/s"));
                }
            });
            run = await new CaseSystemImporter(db, clock).ImportAsync(
                CaseSystemFileKind.People, stream, new CaseSystemImportRequest(Path.GetFileName(file), false, "bench:import", "bench"), progress);
        });
        Console.Error.WriteLine($"  {run!.Status}: {run.Summary}");
        return measured;
    }

    private static async Task<Measured> MeasureAsync(string phase, Func<Task<Dictionary<int, long>?>>? serverCpu, Func<Task> work)
    {
        var (measurement, serverAtStart) = await Measurement.StartAsync(phase, serverCpu);
        using (measurement)
        {
            await work();
            return await measurement.StopAsync(serverAtStart);
        }
    }

    /// <summary>
    /// PostgreSQL's CPU on this machine: every server process pg_stat_activity lists (backends and the
    /// checkpointer, WAL writer and background writer), read from /proc. The bench must run where the server runs.
    /// </summary>
    private static Func<Task<Dictionary<int, long>?>> PostgresCpu(string connectionString) => async () =>
    {
        // Its own pool (another application name): from the import's pool it could take the very connection, and
        // so the backend, that does the import's work, and leave it out as its own.
        var monitor = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "import-bench-monitor", Pooling = false };
        await using var connection = new NpgsqlConnection(monitor.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()", connection);
        var pids = new List<int>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                pids.Add(reader.GetInt32(0));
            }
        }

        return pids.Count == 0 ? null : Measurement.CpuTicksOf(pids);
    };

    private static async Task CheckpointAsync(DatabaseOptions options)
    {
        await using var db = new FrontDoorDbContext(ContextOptions(options));
        await db.Database.ExecuteSqlRawAsync(options.Provider == DatabaseProvider.Sqlite ? "PRAGMA wal_checkpoint(TRUNCATE);" : "CHECKPOINT;");
    }

    /// <summary>Drops and creates the bench's database on the server <paramref name="serverConnection"/> names.</summary>
    private static async Task<string> FreshPostgresDatabaseAsync(string serverConnection)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnection);
        var name = builder.Database is { Length: > 0 } given && given != "postgres" ? given : "frontdoor_import_bench";
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

    /// <summary>The application's options; with IMPORT_BENCH_SQL=1 every command is written to stderr, to see what an import sends.</summary>
    private static DbContextOptions<FrontDoorDbContext> ContextOptions(DatabaseOptions options)
    {
        var builder = (DbContextOptionsBuilder<FrontDoorDbContext>)DatabaseSetup.Configure(new DbContextOptionsBuilder<FrontDoorDbContext>(), options);
        if (Environment.GetEnvironmentVariable("IMPORT_BENCH_SQL") == "1")
        {
            builder.LogTo(Console.Error.WriteLine, [DbLoggerCategory.Database.Command.Name], Microsoft.Extensions.Logging.LogLevel.Information).EnableSensitiveDataLogging();
        }

        return builder.Options;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed class ShiftedClock(TimeSpan back) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() - back;
    }

    private sealed class InlineProgress(Action<CaseSystemImportProgress> report) : IProgress<CaseSystemImportProgress>
    {
        public void Report(CaseSystemImportProgress value) => report(value);
    }
}
