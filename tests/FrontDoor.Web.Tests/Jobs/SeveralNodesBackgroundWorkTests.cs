using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Mail;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace FrontDoor.Web.Tests.Jobs;

[CollectionDefinition(Name)]
public sealed class DovecotGroup : ICollectionFixture<DovecotServer>
{
    public const string Name = "Dovecot";
}

/// <summary>
/// Two web nodes on one PostgreSQL database, each running every background job through its real runner: the
/// mailbox and the stuck contacts are shared between them and nothing is done twice.
/// </summary>
[Collection(DovecotGroup.Name)]
public sealed class SeveralNodesBackgroundWorkTests(DovecotServer dovecot)
{
    private const int Emails = 200;
    private const int StuckContacts = 500;

    [Fact]
    public async Task TwoNodes_OneMailboxAndStuckContacts_EachEmailAndContactIsProcessedExactlyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        // PostgreSQL only: several nodes sharing work is a PostgreSQL deployment (row leases with SKIP LOCKED); SQLite is one file for one node.
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        var mailbox = await dovecot.CreateMailboxAsync();
        await dovecot.DeliverAsync(mailbox, [.. Enumerable.Range(0, Emails).Select(Referral)]);
        var stuck = await SeedStuckContactsAsync(database, ct);
        var settings = new Dictionary<string, string?>
        {
            ["Intake:SweepInterval"] = "00:00:01",
            ["Intake:Mailbox:Host"] = mailbox.Host,
            ["Intake:Mailbox:Port"] = mailbox.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Intake:Mailbox:UseTls"] = "None",
            ["Intake:Mailbox:Username"] = mailbox.Username,
            ["Intake:Mailbox:Password"] = mailbox.Password,
            ["Intake:Mailbox:PollInterval"] = "00:00:05",
            ["Intake:Mailbox:LeaseDuration"] = "00:00:10",
            ["Messages:StaffSiteUrl"] = "https://frontdoor.example.gov.uk/",
        };
        await using var first = FrontDoorAppFactory.For(database, settings);
        await using var second = FrontDoorAppFactory.For(database, settings);

        // Starting the hosts starts their job runners; each node's clock is moved on so its timers tick.
        _ = first.Services;
        _ = second.Services;
        // A wait for completion, not a speed test: generous, since a loaded 2-core machine is several times slower.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (!await AllDoneAsync(database, ct))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The two nodes did not finish the work within 180 seconds: {await ProgressAsync(database, ct)}.");
            first.Clock.Advance(TimeSpan.FromSeconds(1));
            second.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100, ct);
        }

        await using var db = database.CreateDbContext();
        var emailContacts = await db.Contacts.AsNoTracking().Where(c => c.Channel == ContactChannel.Email).Select(c => c.Id).ToListAsync(ct);
        Assert.Equal(Emails, emailContacts.Count);
        Assert.Equal(Emails + StuckContacts, await db.Contacts.CountAsync(ct));
        var messageIds = await db.EmailMessages.AsNoTracking().Select(m => m.MessageId).ToListAsync(ct);
        Assert.Equal(Emails, messageIds.Distinct().Count());
        Assert.Equal(Emails, messageIds.Count);

        // Processed once each: one "opened" entry per contact, and one received entry per email.
        var opened = await db.ContactTimelineEntries.AsNoTracking()
            .Where(e => e.Kind == TimelineEntryKind.StatusChanged && e.Text == "Processed and opened.")
            .GroupBy(e => e.ContactId)
            .Select(g => new { ContactId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        Assert.Equal(Emails + StuckContacts, opened.Count);
        Assert.All(opened, o => Assert.Equal(1, o.Count));
        Assert.Equal(Emails + StuckContacts, await db.ContactTimelineEntries.CountAsync(e => e.Kind == TimelineEntryKind.Matched, ct));
        Assert.Equal(Emails + StuckContacts, await db.ContactTimelineEntries.CountAsync(e => e.Kind == TimelineEntryKind.Received, ct));
        Assert.True(stuck.All(opened.Select(o => o.ContactId).ToHashSet().Contains));
        Assert.All(await db.Contacts.AsNoTracking().Where(c => stuck.Contains(c.Id)).Select(c => c.ProcessingAttempts).ToListAsync(ct), a => Assert.Equal(1, a));
        Assert.All(await dovecot.ListAsync(mailbox), m => Assert.True(m.IsMarkedProcessed));
    }

    private static async Task<bool> AllDoneAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.CountAsync(c => c.Channel == ContactChannel.Email && c.Status == ContactStatus.Open, ct) == Emails
            && await db.Contacts.CountAsync(c => c.Channel != ContactChannel.Email && c.Status == ContactStatus.Open, ct) == StuckContacts;
    }

    private static async Task<string> ProgressAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        var byStatus = await db.Contacts.GroupBy(c => new { Email = c.Channel == ContactChannel.Email, c.Status }).Select(g => new { g.Key.Email, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return string.Join(", ", byStatus.Select(s => $"{(s.Email ? "email" : "stuck")} {s.Status}: {s.Count}"));
    }

    /// <summary>Contacts a node received an hour ago and never processed (it stopped between the two).</summary>
    private static async Task<List<Guid>> SeedStuckContactsAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        var receivedAt = FrontDoorAppFactory.Now.AddHours(-1);
        var contacts = Enumerable.Range(0, StuckContacts)
            .Select(i => new Contact(Guid.CreateVersion7(receivedAt), ContactReference.New(), ContactChannel.PartnerApi, ContactSource.Police, receivedAt.AddSeconds(i), $"Stuck contact {i}: Mrs Smith fell at home."))
            .ToList();
        db.Contacts.AddRange(contacts);
        db.ContactTimelineEntries.AddRange(contacts.Select(c => new ContactTimelineEntry(Guid.CreateVersion7(receivedAt), c.Id, c.ReceivedAt, "partner:police", TimelineEntryKind.Received, "Received by partner API from police.")));
        await db.SaveChangesAsync(ct);
        return [.. contacts.Select(c => c.Id)];
    }

    private static MimeMessage Referral(int i)
    {
        var message = ReferralEmails.PublicWorriedDaughter($"referral-{i}@test");
        message.Subject = $"Worried about my mother ({i})";
        return message;
    }
}
