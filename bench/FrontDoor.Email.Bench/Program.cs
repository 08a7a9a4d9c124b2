using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Mail;

// Issue 15's email corpus through the real intake: people on a database, referral emails in a private Dovecot,
// one mailbox pass, and the share linked right, reviewed with the right candidate, unmatched and linked wrong.
// usage: corpus [people] [emails-per-kind] [seed] [sqlite|postgres]   (postgres needs FRONTDOOR_TEST_POSTGRES)
var mode = args.Length > 0 ? args[0] : "help";
int Number(int position, int fallback) => args.Length > position ? int.Parse(args[position], CultureInfo.InvariantCulture) : fallback;
if (mode != "corpus")
{
    Console.WriteLine("usage: corpus [people=5000] [emails-per-kind=100] [seed=15] [sqlite|postgres]");
    return;
}

var people = Number(1, 5000);
var perKind = Number(2, 100);
var seed = Number(3, 15);
var provider = args.Length > 4 && args[4].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

var dovecot = new DovecotServer();
await dovecot.InitializeAsync();
try
{
    await using var database = await TestDatabase.CreateMigratedAsync(provider);
    var clock = Stopwatch.StartNew();
    var outcomes = await ReferralCorpusRun.RunAsync(database, dovecot, people, perKind, seed, CancellationToken.None);
    Console.WriteLine($"{outcomes.Count} emails about people on an index of {people} ({provider}, seed {seed}) in {clock.Elapsed.TotalSeconds:0.0} s");
    Console.WriteLine();
    Console.WriteLine(ReferralCorpusRun.Table(outcomes));
    foreach (var miss in ReferralCorpusRun.Misses(outcomes).GroupBy(m => m).OrderByDescending(g => g.Count()))
    {
        Console.WriteLine($"{miss.Count(),4} × {miss.Key}");
    }

    // Synthetic people only: showing a missed email's text is how a layout the extractor misses gets found.
    if (Environment.GetEnvironmentVariable("EMAIL_BENCH_SHOW_MISSES") == "1")
    {
        foreach (var miss in outcomes.Where(o => o.Unmatched))
        {
            Console.WriteLine($"----- {miss.Email.Kind}/{miss.Email.Layout}\n{miss.Email.Message.TextBody ?? miss.Email.Message.HtmlBody}");
        }
    }
}
finally
{
    await dovecot.DisposeAsync();
}
