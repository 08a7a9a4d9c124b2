using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Contacts.Intake;

public sealed class ContactIntakeTests
{
    [Theory]
    [BothProviders]
    public async Task Receive_StoresRawContactAnswersAttachmentsTimelineAndAudit_InReceivedState(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var submission = IntakeTestKit.Submission(person: new ReportedPerson { GivenName = "Margaret", FamilyName = "Smith", NhsNumberAsGiven = "943 476 5919" }) with
        {
            Answers = [new("police-reference", "Police reference", "LP-1"), new("incident-date", "When did it happen?", "1 November 2026")],
            Attachments = [new("statement.txt", "text/plain", "I saw her fall."u8.ToArray())],
            Consent = new ContactConsent(PersonIsAware: true, ConsentsToSharing: false),
            ImmediateRisk = new ImmediateRisk(InDangerNow: false),
            CommunicationNeeds = new CommunicationNeeds(InterpreterLanguage: "Polish"),
        };

        Guid id;
        await using (var db = database.CreateDbContext())
        {
            var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAsync(submission, ct);
            Assert.False(receipt.AlreadyReceived);
            id = receipt.ContactId;
        }

        await using (var db = database.CreateDbContext())
        {
            var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct);
            Assert.Equal(ContactStatus.Received, contact.Status);
            Assert.Equal("943 476 5919", contact.ReportedPerson.NhsNumberAsGiven);
            Assert.Equal((true, false), (contact.Consent.PersonIsAware, contact.Consent.ConsentsToSharing));
            Assert.Equal("Polish", contact.CommunicationNeeds.InterpreterLanguage);
            Assert.Equal(submission.RawPayload, (await db.RawSubmissions.SingleAsync(r => r.ContactId == id, ct)).Bytes);
            var answers = await db.ContactAnswers.Where(a => a.ContactId == id).OrderBy(a => a.Position).Select(a => a.Question).ToListAsync(ct);
            Assert.Equal(["Police reference", "When did it happen?"], answers);
            Assert.Equal("statement.txt", (await db.ContactAttachments.SingleAsync(a => a.ContactId == id, ct)).FileName);
            Assert.Equal(TimelineEntryKind.Received, (await db.ContactTimelineEntries.SingleAsync(e => e.ContactId == id, ct)).Kind);
            var audit = await db.AuditEvents.SingleAsync(ct);
            Assert.Equal(("partner:police", "Contact", id.ToString()), (audit.Actor, audit.RecordType, audit.RecordId));
            Assert.DoesNotContain("Margaret", audit.Detail ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [BothProviders]
    public async Task Process_MatchesByNhsNumber_ScoresCompleteness_AndOpens(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var db = database.CreateDbContext();
        var person = IntakeTestKit.Person("Margaret", "Smith", nhs: "9434765919");
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        var intake = IntakeTestKit.Intake(db, clock);

        var receipt = await intake.ReceiveAndProcessAsync(IntakeTestKit.Submission(person: new ReportedPerson { FamilyName = "Smyth", NhsNumberAsGiven = "943 476 5919" }), ct);

        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct);
        Assert.Equal((ContactStatus.Open, PersonMatchState.Matched, person.Id), (contact.Status, contact.MatchState, contact.PersonId));
        // Police weights (108 in all): the story (15) and a valid NHS number (2); no given name, so no name. 17/108 = 16%.
        Assert.Equal(16, contact.CompletenessScore);
    }

    [Theory]
    [BothProviders]
    public async Task Process_WhenAStepFails_MovesToNeedsAttentionWithTheReason_AndReprocessRecovers(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        Guid id;
        await using (var db = database.CreateDbContext())
        {
            var receipt = await IntakeTestKit.Intake(db, clock, new BrokenMatcher()).ReceiveAndProcessAsync(IntakeTestKit.Submission(), ct);
            id = receipt.ContactId;
        }

        await using (var db = database.CreateDbContext())
        {
            var intake = IntakeTestKit.Intake(db, clock);
            var item = Assert.Single(await intake.ListNeedingAttentionAsync(cancellationToken: ct));
            Assert.Equal(id, item.ContactId);
            Assert.Contains("match step", item.Reason, StringComparison.Ordinal);
            Assert.Contains("The matching service did not answer", item.Reason, StringComparison.Ordinal);

            clock.Advance(TimeSpan.FromMinutes(3));
            Assert.Equal(ContactStatus.Open, await intake.ReprocessAsync(id, "advisor.one", ct));
            Assert.Empty(await intake.ListNeedingAttentionAsync(cancellationToken: ct));
            var kinds = (await new ContactTimeline(db, clock).ListAsync(id, ct)).Select(e => e.Kind).ToList();
            Assert.Contains(TimelineEntryKind.NeedsAttention, kinds);
            Assert.Equal(TimelineEntryKind.StatusChanged, kinds[^1]);
        }
    }

    [Theory]
    [BothProviders]
    public async Task Receive_TheSameExternalKeyTwice_MakesOneContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var intake = IntakeTestKit.Intake(db, IntakeTestKit.Clock());
        var submission = IntakeTestKit.Submission() with { ExternalKey = "police-key-1" };

        var first = await intake.ReceiveAsync(submission, ct);
        var second = await intake.ReceiveAsync(submission, ct);

        Assert.Equal(first.ContactId, second.ContactId);
        Assert.True(second.AlreadyReceived);
        Assert.Equal(1, await db.Contacts.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Receive_AContactStuckInReceived_ShowsInTheNeedsAttentionListAfterTenMinutes(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var intake = IntakeTestKit.Intake(db, clock);
        var receipt = await intake.ReceiveAsync(IntakeTestKit.Submission(), ct);

        Assert.Empty(await intake.ListNeedingAttentionAsync(cancellationToken: ct));
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(receipt.ContactId, Assert.Single(await intake.ListNeedingAttentionAsync(cancellationToken: ct)).ContactId);
    }

    [Theory]
    [BothProviders]
    public async Task ProcessStuck_TakesContactsLeftReceivedOverTenMinutes_AndLeavesNewerOnesToTheirOwnProcessing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var intake = IntakeTestKit.Intake(db, clock);
        var stuck = await intake.ReceiveAsync(IntakeTestKit.Submission(), ct);
        clock.Advance(TimeSpan.FromMinutes(11));
        var justArrived = await intake.ReceiveAsync(IntakeTestKit.Submission("Mr Patel's daughter is worried about him."), ct);

        Assert.Equal(1, await intake.ProcessStuckAsync(50, "node-a", ct));

        await using var check = database.CreateDbContext();
        Assert.Equal(ContactStatus.Open, (await check.Contacts.SingleAsync(c => c.Id == stuck.ContactId, ct)).Status);
        Assert.Equal(ContactStatus.Received, (await check.Contacts.SingleAsync(c => c.Id == justArrived.ContactId, ct)).Status);
        Assert.Empty(await intake.ListNeedingAttentionAsync(cancellationToken: ct));
    }

    public static TheoryData<DatabaseProvider, string, IntakeSubmission> OverTheLimits => ProviderRows.Each<string, IntakeSubmission>(
        ("Story", IntakeTestKit.Submission() with { Story = new string('a', Contact.MaxStoryLength + 1) }),
        ("Attachments", IntakeTestKit.Submission() with { Attachments = [new("big.pdf", "application/pdf", new byte[IntakeLimits.MaxAttachmentBytes + 1])] }),
        ("Attachments", IntakeTestKit.Submission() with { Attachments = Enumerable.Range(0, 11).Select(i => new IntakeAttachment($"{i}.txt", "text/plain", [1])).ToList() }),
        ("RawPayload", IntakeTestKit.Submission() with { RawPayload = new byte[IntakeLimits.MaxRawBytes + 1] }),
        ("Caller.Relationship", IntakeTestKit.Submission() with { Caller = new Caller("Grace", new string('r', IntakeLimits.MaxCallerRelationshipLength + 1)) }),
        ("ReportedPerson.Email", IntakeTestKit.Submission(person: new ReportedPerson { Email = new string('e', IntakeLimits.MaxPersonFieldLength + 1) })),
        ("CommunicationNeeds.InterpreterLanguage", IntakeTestKit.Submission() with { CommunicationNeeds = new CommunicationNeeds(InterpreterLanguage: new string('l', IntakeLimits.MaxInterpreterLanguageLength + 1)) }));

    [Theory]
    [MemberData(nameof(OverTheLimits))]
    public async Task Receive_OverALimit_IsRefusedNamingTheField_AndStoresNothing(DatabaseProvider provider, string field, IntakeSubmission submission)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => IntakeTestKit.Intake(db, IntakeTestKit.Clock()).ReceiveAsync(submission, ct));

        Assert.Equal(field, refused.Field);
        Assert.Equal(0, await db.Contacts.CountAsync(ct));
    }
}
