using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.KeptMonths;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Insight.Bench;

/// <summary>
/// What <see cref="KpiStaleMarker"/> adds to a save: the same saves through a context with the marker (as every
/// context the product builds) and one without it, interleaved, each on a fresh context as a request's would be.
/// Two kinds of save: a new contact arriving (insert with its events) and an open contact being closed (update).
/// </summary>
internal static class StaleMarkerBench
{
    public static async Task RunAsync(DatabaseOptions options, DateTimeOffset now, int saves)
    {
        var with = DatabaseSetup.CreateOptions(options);
        var without = WithoutMarker(options);
        await using (var db = new FrontDoorDbContext(with))
        {
            await new DatabaseMigrator(db, options).MigrateAsync();
        }

        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        void Add(string name, double ms)
        {
            if (!times.TryGetValue(name, out var list))
            {
                times[name] = list = [];
            }

            list.Add(ms);
        }

        // Warm-up saves are not timed: the first of each kind builds the model, plans and pools the connections.
        for (var i = -20; i < saves; i++)
        {
            foreach (var (name, contextOptions) in new[] { ("with marker", with), ("without marker", without) })
            {
                var received = now.AddSeconds(-i);
                Guid id;
                await using (var db = new FrontDoorDbContext(contextOptions))
                {
                    var contact = new Contact(Guid.CreateVersion7(received), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, received, "Benchmark contact: needs help at home after a fall.");
                    contact.Open(received);
                    contact.MoveToQueue("tier-1", "Arrived", received, ContactEvent.System);
                    db.Contacts.Add(contact);
                    id = contact.Id;
                    var watch = Stopwatch.StartNew();
                    await db.SaveChangesAsync();
                    if (i >= 0)
                    {
                        Add($"new contact, {name}", watch.Elapsed.TotalMilliseconds);
                    }
                }

                await using (var db = new FrontDoorDbContext(contextOptions))
                {
                    var contact = await db.Contacts.SingleAsync(c => c.Id == id);
                    contact.Close(ContactOutcome.InformationAndAdvice, received.AddMinutes(5));
                    var watch = Stopwatch.StartNew();
                    await db.SaveChangesAsync();
                    if (i >= 0)
                    {
                        Add($"close a contact, {name}", watch.Elapsed.TotalMilliseconds);
                    }
                }
            }
        }

        Console.WriteLine($"{options.Provider}: {saves} saves of each kind with and without KpiStaleMarker, interleaved, medians; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine($"{"save",-36} {"median ms",10} {"p90 ms",9}");
        foreach (var (name, list) in times)
        {
            var sorted = list.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {sorted[sorted.Count / 2],10:F2} {sorted[(int)(sorted.Count * 0.9)],9:F2}"));
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The product's context options less the marker: the provider and naming as <see cref="DatabaseSetup.Configure"/> sets them.</summary>
    private static DbContextOptions<FrontDoorDbContext> WithoutMarker(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<FrontDoorDbContext>();
        _ = options.Provider == DatabaseProvider.Postgres ? builder.UseNpgsql(options.ConnectionString) : builder.UseSqlite(options.ConnectionString);
        return builder.UseSnakeCaseNamingConvention().Options;
    }
}
