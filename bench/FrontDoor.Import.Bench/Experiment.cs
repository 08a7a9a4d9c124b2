using System.Diagnostics;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace FrontDoor.Import.Bench;

/// <summary>Temporary: where an EF batch of new people spends its time.</summary>
internal static class Experiment
{
    public static async Task RunAsync(string dbFile, string variant)
    {
        foreach (var f in new[] { dbFile, dbFile + "-wal", dbFile + "-shm" })
        {
            File.Delete(f);
        }

        var options = DatabaseSetup.ReadOptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:FrontDoor"] = $"Data Source={dbFile}",
        }).Build());
        await using (var db0 = new FrontDoorDbContext(DatabaseSetup.CreateOptions(options)))
        {
            await new DatabaseMigrator(db0, options).MigrateAsync();
        }

        await using var db = new FrontDoorDbContext(DatabaseSetup.CreateOptions(options));
        var n = 0;
        for (var round = 0; round < 12; round++)
        {
            if (round == 2)
            {
                GC.Collect();
            }

            var sw = Stopwatch.StartNew();
            var alloc = GC.GetTotalAllocatedBytes(true);
            var now = DateTimeOffset.UtcNow;
            var ids = new List<Guid>();
            if (variant.Contains("nodetect", StringComparison.Ordinal))
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
            }

            for (var i = 0; i < 2000; i++)
            {
                var p = new Person(Guid.CreateVersion7(now), new PersonName("Anne", "Smith"), now);
                p.SetLasId("X" + (n++).ToString(System.Globalization.CultureInfo.InvariantCulture), now);
                db.People.Add(p);
                ids.Add(p.Id);
            }

            var added = GC.GetTotalAllocatedBytes(true) - alloc;
            var t1 = sw.Elapsed;
            if (!variant.Contains("noaudit", StringComparison.Ordinal))
            {
                db.AuditEvents.Add(AuditEvent.Now(TimeProvider.System, "x", AuditAction.Created, "Person", null, "bench", "d", ids));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            Console.WriteLine($"round {round}: add {t1.TotalMilliseconds:F0} ms {added / 2000} B/row; total {sw.Elapsed.TotalMilliseconds:F0} ms {(GC.GetTotalAllocatedBytes(true) - alloc) / 2000} B/row");
        }
    }
}
