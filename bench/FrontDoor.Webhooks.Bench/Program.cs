using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Webhooks;
using FrontDoor.TestCommon.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// Each contact: received (with two answers), processed and opened, routed, closed: four saves through the real
// ContactIntake and Contact. "without": no event writer (no subscriptions). "with": the writer and one subscription
// to all three events, so three events are built and written per contact. Rounds alternate which goes first.
// Matching is left out (a matcher that finds nobody) so the figure is the saves', not the person index's.
// usage: events [contacts-per-round=200] [rounds=7] [sqlite|postgres]   (postgres needs FRONTDOOR_TEST_POSTGRES)
if (args.Length == 0 || args[0] != "events")
{
    Console.WriteLine("usage: events [contacts-per-round=200] [rounds=7] [sqlite|postgres]");
    return;
}

int Number(int position, int fallback) => args.Length > position ? int.Parse(args[position], CultureInfo.InvariantCulture) : fallback;
var perRound = Number(1, 200);
var rounds = Number(2, 7);
var provider = args.Length > 3 && args[3].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

await using var database = await TestDatabase.CreateMigratedAsync(provider);
var clock = TimeProvider.System;
var writer = new WebhookEventWriter(
    Options.Create(new WebhookOptions
    {
        Subscriptions = [new WebhookSubscription { Name = "case-system", Url = new Uri("https://case-system.example.gov.uk/events"), Secret = new string('s', 40), Events = [.. WebhookEventTypes.All] }],
    }),
    Options.Create(new MessagesOptions { StaffSiteUrl = new Uri("https://frontdoor.example.gov.uk/") }),
    clock);

async Task<double> RoundAsync(bool withEvents)
{
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < perRound; i++)
    {
        await using var db = withEvents ? database.CreateDbContext(writer) : database.CreateDbContext();
        var intake = TestContactIntake.Create(db, clock, new FindsNobody());
        var receipt = await intake.ReceiveAndProcessAsync(new IntakeSubmission
        {
            Channel = ContactChannel.ProfessionalEForm,
            Source = ContactSource.Hospital,
            RawPayload = "{}"u8.ToArray(),
            RawContentType = "application/json",
            Story = "Mr Patel is ready for discharge and needs help with washing and dressing at home; his wife cannot manage alone.",
            Answers = [new IntakeAnswer("mobility", "How does he get about?", "A frame indoors"), new IntakeAnswer("carer", "Who cares for him?", "His wife")],
            Actor = "bench",
        });
        db.ChangeTracker.Clear();
        var contact = await db.Contacts.SingleAsync(c => c.Id == receipt.ContactId);
        contact.Route(clock.GetUtcNow());
        await db.SaveChangesAsync();
        contact.Close(ContactOutcome.ReferredToReablement, clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    return watch.Elapsed.TotalMilliseconds / perRound;
}

// A warm-up of each, not counted.
await RoundAsync(false);
await RoundAsync(true);
var without = new List<double>();
var with = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var withFirst = round % 2 == 1;
    foreach (var withEvents in withFirst ? new[] { true, false } : [false, true])
    {
        var ms = await RoundAsync(withEvents);
        (withEvents ? with : without).Add(ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1} {(withEvents ? "with   " : "without")}: {ms:0.00} ms a contact (4 saves)"));
    }
}

await using (var check = database.CreateDbContext())
{
    var events = await check.OutboxMessages.CountAsync(m => m.Kind == MessageKind.Webhook);
    Console.WriteLine($"{events} events written ({(rounds + 1) * perRound * 3} expected)");
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{provider}, {perRound} contacts a round, {rounds} rounds: median {Median(without):0.00} ms without events, {Median(with):0.00} ms with, ratio {Median(with) / Median(without):0.00}; load average {load}"));

/// <summary>Finds nobody: matching is not what is measured.</summary>
internal sealed class FindsNobody : IContactPersonMatcher
{
    public Task<ContactMatchOutcome> MatchAsync(ReportedPerson reported, CancellationToken cancellationToken) =>
        Task.FromResult(ContactMatchOutcome.NoMatch("Not matched (benchmark)."));
}
