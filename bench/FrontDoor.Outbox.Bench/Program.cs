using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Messages;
using FrontDoor.TestCommon.Notify;
using FrontDoor.TestCommon.Webhooks;
using FrontDoor.Web.Tests.Hosting;

// Issue 16's proof of the outbox.
//   crash [contacts] [kills] [sqlite|postgres] [path to FrontDoor.Web.dll]   (bench/outbox-crash.sh builds and runs this)
//   throughput [messages] [rounds] [sqlite|postgres] [Notify's latency in ms]
// postgres needs FRONTDOOR_TEST_POSTGRES.
var mode = args.Length > 0 ? args[0] : "help";
int Number(int position, int fallback) => args.Length > position ? int.Parse(args[position], CultureInfo.InvariantCulture) : fallback;
DatabaseProvider Provider(int position) =>
    args.Length > position && args[position].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

switch (mode)
{
    case "crash":
        return await CrashAsync(Number(1, 2000), Number(2, 10), Provider(3), args.Length > 4 ? args[4] : Path.Combine(RepositoryFolders.WebProject, "bin", "Release", "net10.0", "FrontDoor.Web.dll"));
    case "throughput":
        return await ThroughputAsync(Number(1, 500), Number(2, 5), Provider(3), TimeSpan.FromMilliseconds(Number(4, 0)));
    default:
        Console.WriteLine("usage: crash [contacts=2000] [kills=10] [sqlite|postgres] [FrontDoor.Web.dll] | throughput [messages=500] [rounds=5] [sqlite|postgres] [notify-latency-ms=0]");
        return 2;
}

static async Task<int> CrashAsync(int contacts, int kills, DatabaseProvider provider, string webApp)
{
    await using var notify = await FakeNotify.StartAsync();
    await using var caseSystem = await FakeWebhookReceiver.StartAsync();
    await using var database = await TestDatabase.CreateMigratedAsync(provider);
    using var certificate = TestCertificate.Create();
    var settings = new CrashRunSettings(contacts, kills, webApp, RepositoryFolders.WebRoot, certificate.Path, certificate.Password)
    {
        Seed = Environment.TickCount,
        Progress = line => Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {line}"),
    };
    Console.WriteLine($"{contacts} contacts, {kills} kills, {provider}, seed {settings.Seed}, {webApp}");
    var report = await OutboxCrashRun.RunAsync(settings, [CrashRunReceiver.For(notify), CrashRunReceiver.For(caseSystem)], database, CancellationToken.None);
    Console.WriteLine(report);
    var sound = report.ContactsLost == 0 && report.ContactsStored == contacts && report.Receivers.All(r => r.Lost == 0 && r.Unknown == 0 && r.RepeatsThatDiffer == 0);
    Console.WriteLine(sound ? "PASS: nothing lost; every repeat carried the same id and said the same." : "FAIL");
    return sound ? 0 : 1;
}

// Messages per second to the fake Notify on loopback: through the outbox (written, then claimed and sent by one node
// until drained) against the same Notify channel called directly for the same kind of messages, each one at a time
// (Messages:SendConcurrency 1) and several at once, rounds interleaved. The fake can be given the real Notify's
// latency, which loopback does not have.
static async Task<int> ThroughputAsync(int messages, int rounds, DatabaseProvider provider, TimeSpan latency)
{
    const int Concurrency = 4;
    var ct = CancellationToken.None;
    await using var notify = await FakeNotify.StartAsync();
    notify.Latency = latency;
    await using var database = await TestDatabase.CreateMigratedAsync(provider);
    await using var oneAtATime = OutboxNode.Start(database, new Dictionary<string, string?>(notify.Configuration()) { ["Messages:SendConcurrency"] = "1" });
    await using var severalAtOnce = OutboxNode.Start(database, new Dictionary<string, string?>(notify.Configuration()) { ["Messages:SendConcurrency"] = $"{Concurrency}" });
    var template = NotifyTemplates.RequestReceivedEmail;
    var figures = new Dictionary<string, List<double>>
    {
        ["direct, 1 at a time"] = [],
        ["outbox, 1 at a time"] = [],
        [$"direct, {Concurrency} at once"] = [],
        [$"outbox, {Concurrency} at once"] = [],
        ["writing to the outbox"] = [],
    };
    var sent = 0;

    // A warm-up of each, not counted: connections, JIT, the database's first queries.
    for (var round = 0; round <= rounds; round++)
    {
        var count = round == 0 ? 50 : messages;
        var results = new (string Name, double PerSecond)[]
        {
            ("direct, 1 at a time", await DirectAsync(count, 1)),
            ("outbox, 1 at a time", await OutboxAsync(oneAtATime, count)),
            ($"direct, {Concurrency} at once", await DirectAsync(count, Concurrency)),
            ($"outbox, {Concurrency} at once", await OutboxAsync(severalAtOnce, count)),
        };
        sent += 4 * count;
        if (round == 0)
        {
            figures["writing to the outbox"].Clear();
            continue;
        }

        foreach (var (name, perSecond) in results)
        {
            figures[name].Add(perSecond);
        }

        Console.WriteLine($"round {round}: {string.Join(", ", results.Select(r => $"{r.Name} {r.PerSecond:0}"))} msg/s");
    }

    var accepted = notify.Accepted.Select(r => r.Reference).ToList();
    if (accepted.Count != sent || accepted.Distinct().Count() != sent)
    {
        Console.WriteLine($"FAIL: Notify accepted {accepted.Count} messages, {accepted.Distinct().Count()} distinct, of {sent}");
        return 1;
    }

    Console.WriteLine($"{provider}, Notify answering in {latency.TotalMilliseconds:0} ms + loopback, {messages} messages a round, {rounds} rounds, load average {File.ReadAllText("/proc/loadavg").Trim()}");
    foreach (var (name, values) in figures.Where(f => f.Value.Count > 0))
    {
        Console.WriteLine($"median {name}: {Median(values):0} msg/s");
    }

    Console.WriteLine($"outbox/direct, 1 at a time: {Median(figures["outbox, 1 at a time"]) / Median(figures["direct, 1 at a time"]):0.00}");
    Console.WriteLine($"outbox/direct, {Concurrency} at once: {Median(figures[$"outbox, {Concurrency} at once"]) / Median(figures[$"direct, {Concurrency} at once"]):0.00}");
    Console.WriteLine($"outbox {Concurrency} at once / outbox 1 at a time: {Median(figures[$"outbox, {Concurrency} at once"]) / Median(figures["outbox, 1 at a time"]):0.00}");
    return 0;

    async Task<double> DirectAsync(int count, int concurrency)
    {
        var now = DateTimeOffset.UtcNow;
        var batch = Enumerable.Range(0, count)
            .Select(i => new OutboxMessage(Guid.CreateVersion7(now), template.Kind, template.Name, $"direct{i}@example.org", $$"""{"reference":"FD-{{i:D8}}"}""", null, now))
            .ToList();
        var timer = Stopwatch.StartNew();
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (message, token) => await oneAtATime.NotifyChannel.SendAsync(message, token));
        return count / timer.Elapsed.TotalSeconds;
    }

    async Task<double> OutboxAsync(OutboxNode node, int count)
    {
        var timer = Stopwatch.StartNew();
        await OutboxNode.WriteReceiptsAsync(database, count, ct);
        figures["writing to the outbox"].Add(count / timer.Elapsed.TotalSeconds);
        timer.Restart();
        while (await node.SendDueAsync(50, ct) > 0)
        {
        }

        var send = count / timer.Elapsed.TotalSeconds;
        if (await OutboxNode.UnsettledAsync(database, ct) != 0)
        {
            throw new InvalidOperationException("The outbox did not drain.");
        }

        return send;
    }
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
