using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MimeKit;

namespace FrontDoor.Core.Tests.Contacts.Email;

[Collection(DovecotFixtureGroup.Name)]
public sealed class MailboxReaderTests(DovecotServer dovecot)
{
    [Theory]
    [BothProviders]
    public async Task ReadOnce_WithFourReferrals_MakesContactsWithSourceFactsAttachmentsAndRawMime(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        var clock = IntakeTestKit.Clock();
        var margaret = IntakeTestKit.Person("Margaret", "Smith", new DateOnly(1948, 3, 2), ReferralEmails.PoliceNhsNumber, "LE11 2TP");
        await using (var db = database.CreateDbContext())
        {
            db.People.Add(margaret);
            await db.SaveChangesAsync(ct);
        }

        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("police-1@test"));
        await dovecot.DeliverAsync(mailbox, ReferralEmails.EmasReferralWithAttachment("emas-1@test"));
        await dovecot.DeliverAsync(mailbox, ReferralEmails.GpHtmlOnly("gp-1@test"));
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PublicWorriedDaughter("public-1@test"));

        await using (var db = database.CreateDbContext())
        {
            var result = await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct);
            Assert.Equal(new MailboxPassResult(4, 4, 0, 0, 0), result);
        }

        await using (var db = database.CreateDbContext())
        {
            var contacts = await db.Contacts.AsNoTracking().ToListAsync(ct);
            var messages = await db.EmailMessages.AsNoTracking().ToListAsync(ct);
            Contact ByMessage(string id) => contacts.Single(c => c.Id == messages.Single(m => m.MessageId == id).ContactId);

            var police = ByMessage("police-1@test");
            Assert.Equal((ContactChannel.Email, ContactSource.Police, ContactStatus.Open), (police.Channel, police.Source, police.Status));
            Assert.Equal(("Margaret", "SMITH", new DateOnly(1948, 3, 2), "LE11 2TP"), (police.ReportedPerson.GivenName, police.ReportedPerson.FamilyName, police.ReportedPerson.DateOfBirth, police.ReportedPerson.Postcode));
            Assert.Equal("12 High Street", police.ReportedPerson.AddressLine1);
            Assert.Equal((PersonMatchState.Matched, margaret.Id), (police.MatchState, police.PersonId));
            Assert.Contains("\"NhsNumber\"", police.MatchExplanation, StringComparison.Ordinal);
            Assert.Contains("fall", police.IncidentType, StringComparison.Ordinal);
            Assert.Contains("concern for welfare", police.IncidentType, StringComparison.Ordinal);
            Assert.NotNull(police.CompletenessScore);
            Assert.Equal("jane.dawson@leicestershire.police.uk", police.Caller?.Email);

            var raw = await db.RawSubmissions.AsNoTracking().SingleAsync(r => r.ContactId == police.Id, ct);
            Assert.Equal("message/rfc822", raw.ContentType);
            var reparsed = await MimeMessage.LoadAsync(new MemoryStream(raw.Bytes), ct);
            Assert.Equal("police-1@test", reparsed.MessageId);

            var emas = ByMessage("emas-1@test");
            Assert.Equal(ContactSource.Ambulance, emas.Source);
            Assert.Equal(("John", "PATEL", new DateOnly(1939, 7, 14), "LE3 9QP"), (emas.ReportedPerson.GivenName, emas.ReportedPerson.FamilyName, emas.ReportedPerson.DateOfBirth, emas.ReportedPerson.Postcode));
            Assert.Equal(ReferralEmails.EmasNhsNumber, emas.ReportedPerson.NhsNumberAsGiven);
            Assert.Equal(PersonMatchState.Unmatched, emas.MatchState);
            var attachment = await db.ContactAttachments.AsNoTracking().SingleAsync(a => a.ContactId == emas.Id, ct);
            Assert.Equal(("ePR-summary.pdf", "application/pdf", ReferralEmails.PdfBytes.LongLength), (attachment.FileName, attachment.ContentType, attachment.Size));
            Assert.Equal(ReferralEmails.PdfBytes, attachment.Content);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ReferralEmails.PdfBytes)), attachment.Sha256);

            var gp = ByMessage("gp-1@test");
            Assert.Equal(ContactSource.GpOrPrimaryCare, gp.Source);
            Assert.Equal(("Doris", "EVANS", new DateOnly(1942, 11, 5)), (gp.ReportedPerson.GivenName, gp.ReportedPerson.FamilyName, gp.ReportedPerson.DateOfBirth));
            Assert.Contains("Self-neglect concerns & not eating; please assess.", gp.Story, StringComparison.Ordinal);
            Assert.DoesNotContain("<", gp.Story, StringComparison.Ordinal);
            Assert.DoesNotContain("alert(", gp.Story, StringComparison.Ordinal);
            Assert.DoesNotContain("color", gp.Story, StringComparison.Ordinal);

            var publicContact = ByMessage("public-1@test");
            Assert.Equal(ContactSource.FamilyOrFriend, publicContact.Source);
            Assert.Null(publicContact.CompletenessScore);

            // Text that looks like HTML stays text: kept literally, to be shown encoded.
            Assert.Contains("<b>She won't ask for help herself.</b>", publicContact.Story, StringComparison.Ordinal);

            var timeline = await new ContactTimeline(db, clock).ListAsync(police.Id, ct);
            Assert.Equal([TimelineEntryKind.Received, TimelineEntryKind.Matched, TimelineEntryKind.StatusChanged], timeline.Select(e => e.Kind));
            Assert.Equal(4, await db.AuditEvents.CountAsync(a => a.RecordType == "Contact" && a.Actor == "mailbox", ct));
        }

        var states = await dovecot.ListAsync(mailbox);
        Assert.Equal(4, states.Count);
        Assert.All(states, s => Assert.True(s.IsMarkedProcessed));
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_SecondPassAndSameMessageIdDeliveredTwice_MakeNoDuplicates(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        var clock = IntakeTestKit.Clock();
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("same@test"));
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("same@test"));

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(new MailboxPassResult(2, 1, 1, 0, 0), await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct));
        }

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(new MailboxPassResult(0, 0, 0, 0, 0), await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct));
        }

        // Delivered again later (a partner's resend): still one contact.
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("same@test"));
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(new MailboxPassResult(1, 0, 1, 0, 0), await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct));
            Assert.Equal(1, await db.Contacts.CountAsync(ct));
            Assert.Equal(1, await db.EmailMessages.CountAsync(ct));
        }

        Assert.All(await dovecot.ListAsync(mailbox), s => Assert.True(s.IsMarkedProcessed));
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_ADifferentEmailReusingAMessageId_BecomesItsOwnContactFlaggedForAttention(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        var clock = IntakeTestKit.Clock();
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("reused@test"));
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PublicWorriedDaughter("reused@test"));

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(new MailboxPassResult(2, 2, 0, 1, 0), await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct));
        }

        await using (var db = database.CreateDbContext())
        {
            var contacts = await db.Contacts.AsNoTracking().OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id).ToListAsync(ct);
            Assert.Equal(2, contacts.Count);
            var first = contacts.Single(c => c.Source == ContactSource.Police);
            var second = contacts.Single(c => c.Source != ContactSource.Police);
            Assert.Equal(ContactStatus.Open, first.Status);
            Assert.Equal(ContactStatus.NeedsAttention, second.Status);
            Assert.Contains("Another email already used this Message-ID", second.AttentionReason, StringComparison.Ordinal);
            Assert.Contains(first.Reference.Value, second.AttentionReason, StringComparison.Ordinal);
            var messages = await db.EmailMessages.AsNoTracking().ToListAsync(ct);
            Assert.Equal(["reused@test", "reused@test"], messages.Select(m => m.MessageId));
            Assert.Equal(2, messages.Select(m => m.ContentHash).Distinct().Count());
        }

        // Both delivered again (a resend, a re-read after a crash): recognised by content, no third contact.
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PublicWorriedDaughter("reused@test"));
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("reused@test"));
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(new MailboxPassResult(2, 0, 2, 0, 0), await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct));
            Assert.Equal(2, await db.Contacts.CountAsync(ct));
        }
    }

    [Fact]
    public void ContentHash_IgnoresHowTheEmailTravelled_ButNotWhatItSays()
    {
        var original = ReferralEmails.EmasReferralWithAttachment("hash@test");
        var relayed = ReferralEmails.EmasReferralWithAttachment("hash@test");
        relayed.Headers.Add("Received", "from relay.example.net by mx.council.gov.uk; Mon, 2 Nov 2026 09:00:00 +0000");
        relayed.Date = original.Date.AddMinutes(5);
        var changed = ReferralEmails.EmasReferralWithAttachment("hash@test");
        changed.Subject += " (amended)";

        Assert.Equal(EmailContentHash.Of(original, Bytes(original)), EmailContentHash.Of(relayed, Bytes(relayed)));
        Assert.NotEqual(EmailContentHash.Of(original, Bytes(original)), EmailContentHash.Of(changed, Bytes(changed)));

        static byte[] Bytes(MimeMessage message)
        {
            using var stream = new MemoryStream();
            message.WriteTo(stream);
            return stream.ToArray();
        }
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_WhenTheCommitFails_LeavesTheMessageUnmarkedAndTheNextPassTakesIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        var clock = IntakeTestKit.Clock();
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("commit@test"));

        var failingOptions = new DbContextOptionsBuilder<FrontDoorDbContext>(DatabaseSetup.CreateOptions(database.Options))
            .AddInterceptors(new FailingCommit())
            .Options;
        await using (var db = new FrontDoorDbContext(failingOptions))
        {
            Assert.Equal(new MailboxPassResult(1, 0, 0, 0, 1), await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct));
        }

        Assert.False((await dovecot.ListAsync(mailbox)).Single().IsMarkedProcessed);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(0, await db.Contacts.CountAsync(ct));
            Assert.Equal(0, await db.RawSubmissions.CountAsync(ct));
            Assert.Equal(new MailboxPassResult(1, 1, 0, 0, 0), await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct));
            Assert.Equal(1, await db.Contacts.CountAsync(ct));
        }

        Assert.True((await dovecot.ListAsync(mailbox)).Single().IsMarkedProcessed);
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_WithBytesThatAreNotAnEmail_MakesANeedsAttentionContactWithTheRawAttached(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        var clock = IntakeTestKit.Clock();
        var garbage = new byte[] { 0x00, 0xFF, 0x10, 0x80, 0x0A, 0x0A, 0x41, 0xFE, 0x00, 0x0A };
        await dovecot.DeliverRawAsync(mailbox, garbage);

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(new MailboxPassResult(1, 1, 0, 1, 0), await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct));
        }

        await using (var db = database.CreateDbContext())
        {
            var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
            Assert.Equal(ContactStatus.NeedsAttention, contact.Status);
            Assert.Contains("could not be read", contact.AttentionReason, StringComparison.Ordinal);
            var attached = await db.ContactAttachments.AsNoTracking().SingleAsync(ct);
            Assert.Equal("original-message.eml", attached.FileName);
            var raw = await db.RawSubmissions.AsNoTracking().SingleAsync(ct);
            Assert.Equal(raw.Bytes, attached.Content);
            Assert.True(raw.Bytes.AsSpan().IndexOf(garbage.AsSpan(6, 2)) >= 0);
            var list = await IntakeTestKit.Intake(db, clock).ListNeedingAttentionAsync(cancellationToken: ct);
            Assert.Equal(contact.Id, Assert.Single(list).ContactId);
        }

        Assert.True((await dovecot.ListAsync(mailbox)).Single().IsMarkedProcessed);
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_WhenMatchingFails_KeepsTheContactForReprocessing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        var clock = IntakeTestKit.Clock();
        await dovecot.DeliverAsync(mailbox, ReferralEmails.EmasReferralWithAttachment("broken-match@test"));

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(new MailboxPassResult(1, 1, 0, 1, 0), await IntakeTestKit.Reader(db, clock, mailbox, new BrokenMatcher()).ReadOnceAsync(ct));
        }

        Guid contactId;
        await using (var db = database.CreateDbContext())
        {
            var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
            contactId = contact.Id;
            Assert.Equal(ContactStatus.NeedsAttention, contact.Status);
            Assert.Contains("match step", contact.AttentionReason, StringComparison.Ordinal);
            Assert.Equal(1, await db.ContactAttachments.CountAsync(ct));

            db.People.Add(IntakeTestKit.Person("John", "Patel", new DateOnly(1939, 7, 14), ReferralEmails.EmasNhsNumber));
            await db.SaveChangesAsync(ct);
            Assert.Equal(ContactStatus.Open, await IntakeTestKit.Intake(db, clock).ReprocessAsync(contactId, "advisor.one", ct));
        }

        await using (var db = database.CreateDbContext())
        {
            var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
            Assert.Equal((ContactStatus.Open, PersonMatchState.Matched), (contact.Status, contact.MatchState));
            Assert.Null(contact.AttentionReason);
            Assert.Empty(await IntakeTestKit.Intake(db, clock).ListNeedingAttentionAsync(cancellationToken: ct));
        }
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_WithAnAttachmentOverTheLimit_KeepsTheRawAndFlagsIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        var clock = IntakeTestKit.Clock();
        var message = ReferralEmails.PoliceAdultConcern("big@test");
        var big = new MimePart("application", "octet-stream")
        {
            Content = new MimeContent(new MemoryStream(new byte[IntakeLimits.MaxAttachmentBytes + 1])),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "bodycam-still.bin",
        };
        message.Body = new Multipart("mixed") { message.Body!, big };
        await dovecot.DeliverAsync(mailbox, message);

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(new MailboxPassResult(1, 1, 0, 1, 0), await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct));
        }

        await using (var db = database.CreateDbContext())
        {
            var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
            Assert.Equal(ContactStatus.NeedsAttention, contact.Status);
            Assert.Contains("10 MB", contact.AttentionReason, StringComparison.Ordinal);
            Assert.Equal(0, await db.ContactAttachments.CountAsync(ct));
            Assert.True((await db.RawSubmissions.AsNoTracking().SingleAsync(ct)).Bytes.Length > IntakeLimits.MaxAttachmentBytes);
        }
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_AfterAnOutage_DatesTheContactWhenTheEmailArrivedNotWhenItWasRead(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        var arrived = IntakeTestKit.Now.AddHours(-14);
        var fromTheFuture = IntakeTestKit.Now.AddHours(3);
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("overnight@test"), arrived);
        await dovecot.DeliverAsync(mailbox, ReferralEmails.GpHtmlOnly("skewed@test"), fromTheFuture);

        await using (var db = database.CreateDbContext())
        {
            await IntakeTestKit.Reader(db, IntakeTestKit.Clock(), mailbox).ReadOnceAsync(ct);
        }

        await using var check = database.CreateDbContext();
        var messages = await check.EmailMessages.AsNoTracking().ToListAsync(ct);
        var contacts = await check.Contacts.AsNoTracking().ToListAsync(ct);
        DateTimeOffset ReceivedAt(string messageId) => contacts.Single(c => c.Id == messages.Single(m => m.MessageId == messageId).ContactId).ReceivedAt;
        Assert.Equal(arrived, ReceivedAt("overnight@test"));
        Assert.Equal(arrived, messages.Single(m => m.MessageId == "overnight@test").ReceivedAt);

        // A mail server clock ahead of ours never dates a contact in the future.
        Assert.Equal(IntakeTestKit.Now, ReceivedAt("skewed@test"));
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_WithAProcessedFolder_MovesMessagesThere(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync(processedFolder: "Processed");
        await dovecot.DeliverAsync(mailbox, ReferralEmails.GpHtmlOnly());

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(new MailboxPassResult(1, 1, 0, 0, 0), await IntakeTestKit.Reader(db, IntakeTestKit.Clock(), mailbox).ReadOnceAsync(ct));
        }

        Assert.Empty(await dovecot.ListAsync(mailbox));
        Assert.Single(await dovecot.ListAsync(mailbox, "Processed"));
    }

    private sealed class FailingCommit : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult> TransactionCommittingAsync(System.Data.Common.DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Simulated failure while committing.");
    }
}
