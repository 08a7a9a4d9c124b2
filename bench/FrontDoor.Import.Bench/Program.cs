using System.Globalization;
using FrontDoor.Core.Data;
using FrontDoor.Import.Bench;

// dotnet run -c Release --project bench/FrontDoor.Import.Bench -- <mode> …
var mode = args.Length > 0 ? args[0] : "help";
string Text(int position, string fallback) => args.Length > position && args[position] != "-" ? args[position] : fallback;
int Number(int position, int fallback) => args.Length > position && args[position] != "-" ? int.Parse(args[position], CultureInfo.InvariantCulture) : fallback;
var defaultDir = Path.Combine(Path.GetTempPath(), "import-bench");
switch (mode)
{
    case "generate":
    {
        var people = Number(2, 1_000_000);
        var dir = Text(1, Path.Combine(defaultDir, people.ToString(CultureInfo.InvariantCulture)));
        ImportBenchmark.EnsureExports(dir, Path.Combine(dir, "people.csv"), Path.Combine(dir, "people-changes.csv"), people, Number(3, 10_000));
        return 0;
    }

    case "sqlite":
    {
        var people = Number(2, 1_000_000);
        var dir = Path.Combine(defaultDir, people.ToString(CultureInfo.InvariantCulture));
        return await ImportBenchmark.RunAsync(DatabaseProvider.Sqlite, Text(1, Path.Combine(defaultDir, "bench.db")), dir, people, Number(3, 10_000));
    }

    case "postgres":
    {
        var people = Number(2, 1_000_000);
        var dir = Path.Combine(defaultDir, people.ToString(CultureInfo.InvariantCulture));
        var connection = Text(1, Environment.GetEnvironmentVariable("IMPORT_BENCH_POSTGRES") ?? string.Empty);
        if (connection.Length == 0)
        {
            Console.Error.WriteLine("postgres needs a connection string (argument or IMPORT_BENCH_POSTGRES); the bench drops and creates its database there.");
            return 1;
        }

        return await ImportBenchmark.RunAsync(DatabaseProvider.Postgres, connection, dir, people, Number(3, 10_000));
    }

    case "once":
        return await ImportBenchmark.OnceAsync(Enum.Parse<DatabaseProvider>(Text(1, "Sqlite"), ignoreCase: true), Text(2, Path.Combine(defaultDir, "once.db")), Text(3, string.Empty));

    case "samples":
        SampleExport.Write(Text(1, Path.Combine(RepositoryRoot.Find(), "samples", "case-system")));
        return 0;

    default:
        Console.WriteLine("""
            usage:
              generate [dir] [people=1000000] [changes=10000]   write people.csv and people-changes.csv (default dir /tmp/import-bench/<people>)
              sqlite [db file] [people] [changes]                import into a new SQLite file (default /tmp/import-bench/bench.db) beside the baseline
              postgres [connection] [people] [changes]           the same into a fresh PostgreSQL database (or IMPORT_BENCH_POSTGRES)
              once sqlite|postgres [db file|connection] file     one import of one file into that database as it is (for profiling)
              samples [dir]                                      write samples/case-system (teams, workers, people, allocations, merges, changes)
            """);
        return mode == "help" ? 0 : 1;
}
