using System.Text.Json;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Webhooks;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Messages.Webhooks;

/// <summary>Contact events written into the outbox by the save that moves the contact, through the real intake and domain.</summary>
public sealed class WebhookEventWriterTests
{
    private static readonly Uri StaffSite = new("https://frontdoor.example.gov.uk/");

    [Theory]
    [BothProviders]
    public async Task Processing_WritesContactReceived_OnlyForSubscriptionsThatWantIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", WebhookEventTypes.ContactReceived, WebhookEventTypes.ContactClosed), Subscription("closures-only", WebhookEventTypes.ContactClosed));

        await using var db = database.CreateDbContext(writer);
        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAsync(IntakeTestKit.Submission(), ct);
        Assert.Empty(await WebhooksAsync(database, ct));
        await IntakeTestKit.Intake(db, clock).ProcessAsync(receipt.ContactId, ct);

        var message = Assert.Single(await WebhooksAsync(database, ct));
        Assert.Equal((WebhookEventTypes.ContactReceived, "case-system", receipt.ContactId, MessageStatus.Pending), (message.Template, message.Recipient, message.ContactId, message.Status));
        using var body = JsonDocument.Parse(message.Body);
        Assert.Equal(message.Id, body.RootElement.GetProperty("id").GetGuid());
        Assert.Equal(("Open", receipt.Reference.Value), (body.RootElement.GetProperty("contact").GetProperty("status").GetString(), body.RootElement.GetProperty("contact").GetProperty("reference").GetString()));
    }

    [Theory]
    [BothProviders]
    public async Task RoutingThenClosing_WritesAnEventForEach_WithTheStatusAsCommitted(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", WebhookEventTypes.ContactRouted, WebhookEventTypes.ContactClosed));
        var contactId = await OpenContactAsync(database, writer, clock, ct);

        await MoveAsync(database, writer, contactId, contact => contact.Route(clock.GetUtcNow()), ct);
        clock.Advance(TimeSpan.FromHours(1));
        await MoveAsync(database, writer, contactId, contact => contact.Close(ContactOutcome.ReferredToReablement, clock.GetUtcNow()), ct);

        var messages = await WebhooksAsync(database, ct);
        Assert.Equal([WebhookEventTypes.ContactRouted, WebhookEventTypes.ContactClosed], messages.Select(m => m.Template));
        Assert.Equal(["Routed", "Closed"], messages.Select(m => Contact(m).GetProperty("status").GetString()));
        Assert.Equal("ReferredToReablement", Contact(messages[1]).GetProperty("outcome").GetString());
    }

    [Theory]
    [BothProviders]
    public async Task MovesMadeBeforeOneSave_EachWriteTheirEvent(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", [.. WebhookEventTypes.All]));
        var contactId = await OpenContactAsync(database, writer, clock, ct);

        // A caller given their allocated worker's details, then closed, all in one save: a routed and a closed event.
        await MoveAsync(database, writer, contactId, contact =>
        {
            contact.PassToAllocatedWorker(clock.GetUtcNow());
            contact.Close(ContactOutcome.RedirectedToAllocatedWorker, clock.GetUtcNow());
        }, ct);

        // Written at the same moment, so in no particular order: receivers order by the contact's status, not arrival.
        Assert.Equal(
            [WebhookEventTypes.ContactClosed, WebhookEventTypes.ContactReceived, WebhookEventTypes.ContactRouted],
            (await WebhooksAsync(database, ct)).Select(m => m.Template).Order(StringComparer.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task AContactOpenedAgainAfterNeedingAttention_IsNotReceivedTwice(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", WebhookEventTypes.ContactReceived));
        var contactId = await OpenContactAsync(database, writer, clock, ct);

        await MoveAsync(database, writer, contactId, contact => contact.NeedsAttention("The person's address needs checking.", clock.GetUtcNow()), ct);
        await MoveAsync(database, writer, contactId, contact => contact.Open(clock.GetUtcNow()), ct);

        Assert.Equal(WebhookEventTypes.ContactReceived, Assert.Single(await WebhooksAsync(database, ct)).Template);
    }

    [Theory]
    [BothProviders]
    public async Task AContactThatFailedProcessingFirst_IsReceivedWhenItIsOpened(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", WebhookEventTypes.ContactReceived));
        await using var db = database.CreateDbContext(writer);
        var receipt = await IntakeTestKit.Intake(db, clock, new BrokenMatcher()).ReceiveAndProcessAsync(IntakeTestKit.Submission(), ct);
        Assert.Empty(await WebhooksAsync(database, ct));

        Assert.Equal(ContactStatus.Open, await IntakeTestKit.Intake(db, clock).ReprocessAsync(receipt.ContactId, "advisor", ct));

        Assert.Equal(WebhookEventTypes.ContactReceived, Assert.Single(await WebhooksAsync(database, ct)).Template);
    }

    [Theory]
    [BothProviders]
    public async Task AContactReceivedAndClosedInOneSave_IsClosedWithItsAnswers(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", [.. WebhookEventTypes.All]));
        var submission = IntakeTestKit.Submission() with { Answers = [new IntakeAnswer("withdrawn", "Why withdrawn?", "Sent twice by mistake")] };

        await using (var db = database.CreateDbContext(writer))
        {
            await IntakeTestKit.Intake(db, clock).ReceiveAsync(submission, contact => contact.Close(ContactOutcome.Withdrawn, clock.GetUtcNow()), ct);
        }

        var message = Assert.Single(await WebhooksAsync(database, ct));
        Assert.Equal(WebhookEventTypes.ContactClosed, message.Template);
        Assert.Equal("Sent twice by mistake", Contact(message).GetProperty("answers")[0].GetProperty("answer").GetString());
    }

    [Fact]
    public async Task TheDemoCounty_IsMadeUpHistory_AndWritesNoEvents()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", [.. WebhookEventTypes.All]));

        await using (var db = database.CreateDbContext(writer))
        {
            await new Core.Demo.DemoCountySeeder(db).SeedAsync(new Core.Demo.DemoCountyOptions(100, 42, new DateOnly(2026, 10, 31)), cancellationToken: ct);
        }

        await using var check = database.CreateDbContext();
        Assert.True(await check.Contacts.CountAsync(c => c.Status == ContactStatus.Closed, ct) > 0, "The demo closes contacts, so events would have been written.");
        Assert.Empty(await WebhooksAsync(database, ct));
    }

    [Theory]
    [BothProviders]
    public async Task ASynchronousSave_WritesTheEventToo(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", WebhookEventTypes.ContactClosed));
        var contactId = await OpenContactAsync(database, writer, clock, ct);

        await using (var db = database.CreateDbContext(writer))
        {
            db.Contacts.Single(c => c.Id == contactId).Close(ContactOutcome.InformationAndAdvice, clock.GetUtcNow());
            db.SaveChanges();
        }

        Assert.Equal("Closed", Contact(Assert.Single(await WebhooksAsync(database, ct))).GetProperty("status").GetString());
    }

    [Theory]
    [BothProviders]
    public async Task AnEventWhoseCauseWasRolledBack_IsNeverWritten(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", WebhookEventTypes.ContactClosed));
        var contactId = await OpenContactAsync(database, writer, clock, ct);

        await using (var db = database.CreateDbContext(writer))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            (await db.Contacts.SingleAsync(c => c.Id == contactId, ct)).Close(ContactOutcome.Withdrawn, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            Assert.Single(await db.OutboxMessages.Where(m => m.Kind == MessageKind.Webhook).ToListAsync(ct));
            await transaction.RollbackAsync(ct);
        }

        Assert.Empty(await WebhooksAsync(database, ct));
        await using var check = database.CreateDbContext();
        Assert.Equal(ContactStatus.Open, (await check.Contacts.SingleAsync(c => c.Id == contactId, ct)).Status);
    }

    [Theory]
    [BothProviders]
    public async Task TheBody_CarriesTheStoryAnswersAttachmentLinksAndThePersonsIdentifiers(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", WebhookEventTypes.ContactRouted));
        var person = IntakeTestKit.Person("Edna", "Pickering", new DateOnly(1938, 4, 2), nhs: "9434765919", lasId: "LAS40712");
        Guid contactId;
        await using (var db = database.CreateDbContext(writer))
        {
            db.People.Add(person);
            await db.SaveChangesAsync(ct);
            var submission = IntakeTestKit.Submission("Edna fell in the night and her daughter found her at 7.") with
            {
                Answers = [new IntakeAnswer("mobility", "How does she get about?", "A frame indoors"), new IntakeAnswer("carer", "Who cares for her?", "Her daughter, daily")],
                Attachments = [new IntakeAttachment("discharge-summary.pdf", "application/pdf", new byte[1234])],
                Caller = new Caller("PC Sam Ward", Organisation: "Police"),
            };
            var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAndProcessAsync(submission, ct);
            contactId = receipt.ContactId;
        }

        await MoveAsync(database, writer, contactId, contact =>
        {
            contact.MatchTo(person.Id);
            contact.Route(clock.GetUtcNow());
        }, ct);

        var message = Assert.Single(await WebhooksAsync(database, ct));
        using var json = JsonDocument.Parse(message.Body);
        var contact = json.RootElement.GetProperty("contact");
        Assert.Equal("Edna fell in the night and her daughter found her at 7.", contact.GetProperty("story").GetString());
        Assert.Equal(
            [("mobility", "How does she get about?", "A frame indoors"), ("carer", "Who cares for her?", "Her daughter, daily")],
            contact.GetProperty("answers").EnumerateArray().Select(a => (a.GetProperty("key").GetString(), a.GetProperty("question").GetString(), a.GetProperty("answer").GetString())));
        var attachment = Assert.Single(contact.GetProperty("attachments").EnumerateArray());
        Assert.Equal(("discharge-summary.pdf", "application/pdf", 1234L), (attachment.GetProperty("name").GetString(), attachment.GetProperty("contentType").GetString(), attachment.GetProperty("size").GetInt64()));
        Assert.StartsWith($"https://frontdoor.example.gov.uk/staff/contacts/{contactId:D}?handler=Attachment&attachmentId=", attachment.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal(("PC Sam Ward", "Police"), (contact.GetProperty("caller").GetProperty("name").GetString(), contact.GetProperty("caller").GetProperty("organisation").GetString()));
        var matched = json.RootElement.GetProperty("person");
        Assert.Equal((person.Id, "LAS40712", "9434765919"), (matched.GetProperty("id").GetGuid(), matched.GetProperty("caseSystemId").GetString(), matched.GetProperty("nhsNumber").GetString()));

        // Disclosing the person to another system is on the audit trail, with the person.
        await using var check = database.CreateDbContext();
        var audit = Assert.Single(await check.AuditEvents.Include(e => e.People).Where(e => e.Actor == WebhookEventWriter.Actor).ToListAsync(ct));
        Assert.Contains(message.Id.ToString("D"), audit.Detail, StringComparison.Ordinal);
        Assert.Equal([person.Id], audit.People.Select(p => p.PersonId));
    }

    [Theory]
    [BothProviders]
    public async Task WithoutSubscriptionsForTheEvent_NothingIsWritten(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var writer = Writer(clock, Subscription("case-system", WebhookEventTypes.ContactClosed));
        var contactId = await OpenContactAsync(database, writer, clock, ct);

        await MoveAsync(database, writer, contactId, contact => contact.Route(clock.GetUtcNow()), ct);

        Assert.Empty(await WebhooksAsync(database, ct));
    }

    private static WebhookEventWriter Writer(FakeTimeProvider clock, params WebhookSubscription[] subscriptions) =>
        new(Options.Create(new WebhookOptions { Subscriptions = [.. subscriptions] }), Options.Create(new MessagesOptions { StaffSiteUrl = StaffSite }), clock);

    private static WebhookSubscription Subscription(string name, params string[] events) =>
        new() { Name = name, Url = new Uri("https://case-system.example.gov.uk/events"), Secret = new string('s', 40), Events = [.. events] };

    private static async Task<Guid> OpenContactAsync(TestDatabase database, WebhookEventWriter writer, FakeTimeProvider clock, CancellationToken ct)
    {
        await using var db = database.CreateDbContext(writer);
        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAndProcessAsync(IntakeTestKit.Submission(), ct);
        Assert.Equal(ContactStatus.Open, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct)).Status);
        return receipt.ContactId;
    }

    /// <summary>Loads the contact afresh and saves what <paramref name="move"/> does to it, as any service or page would.</summary>
    private static async Task MoveAsync(TestDatabase database, WebhookEventWriter writer, Guid contactId, Action<Contact> move, CancellationToken ct)
    {
        await using var db = database.CreateDbContext(writer);
        move(await db.Contacts.SingleAsync(c => c.Id == contactId, ct));
        await db.SaveChangesAsync(ct);
    }

    private static async Task<List<OutboxMessage>> WebhooksAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == MessageKind.Webhook).OrderBy(m => m.Id).ToListAsync(ct);
    }

    private static JsonElement Contact(OutboxMessage message) => JsonDocument.Parse(message.Body).RootElement.GetProperty("contact").Clone();
}
