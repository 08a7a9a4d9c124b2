using System.Text.Json;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Mail;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace FrontDoor.Core.Tests.Contacts.Email;

/// <summary>The channel policy's automatic reply to an email sender, written with the contact the real mailbox reader makes from a real IMAP mailbox.</summary>
[Collection(DovecotFixtureGroup.Name)]
public sealed class MailboxAutoReplyTests(DovecotServer dovecot)
{
    [Theory]
    [BothProviders]
    public async Task ReadOnce_ByDefault_PoliceEmail_IsAContactWithNoReply(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("police-1@test"));

        await ReadAsync(database, mailbox, ct);

        await using var db = database.CreateDbContext();
        Assert.Equal(ContactSource.Police, (await db.Contacts.AsNoTracking().SingleAsync(ct)).Source);
        Assert.Equal(0, await db.OutboxMessages.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_ByDefault_PublicEmail_IsAContactAndGetsOneReplyPointingToTheOnlineRequest_EvenReadTwice(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PublicWorriedDaughter("public-1@test"));

        await ReadAsync(database, mailbox, ct);
        // The same email delivered again is the same contact: no second reply.
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PublicWorriedDaughter("public-1@test"));
        await ReadAsync(database, mailbox, ct);

        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
        var reply = await db.OutboxMessages.AsNoTracking().SingleAsync(ct);
        Assert.Equal((MessageKind.NotifyEmail, NotifyTemplates.EmailUseOnlineForm.Name, "sam.jones@example.com", contact.Id), (reply.Kind, reply.Template, reply.Recipient, reply.ContactId));
        Assert.Equal(
            new Dictionary<string, string> { ["reference"] = contact.Reference.ToString(), ["online_request_link"] = "https://frontdoor.example.gov.uk/request-help" },
            JsonSerializer.Deserialize<Dictionary<string, string>>(reply.Body));
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_ByDefault_AutoSubmittedEmailFromThePublic_IsAContactWithNoReply(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        var outOfOffice = ReferralEmails.PublicWorriedDaughter("out-of-office@test");
        outOfOffice.Headers.Add("Auto-Submitted", "auto-replied");
        await dovecot.DeliverAsync(mailbox, outOfOffice);

        await ReadAsync(database, mailbox, ct);

        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(ct));
        Assert.Equal(0, await db.OutboxMessages.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_WithAutoReplyOn_AcknowledgesAcceptedSendersAndRedirectsOthers(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        mailbox.AutoReply = true;
        await dovecot.DeliverAsync(mailbox, [ReferralEmails.PoliceAdultConcern("police-1@test"), ReferralEmails.PublicWorriedDaughter("public-1@test")]);

        await ReadAsync(database, mailbox, ct);

        await using var db = database.CreateDbContext();
        var replies = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Recipient).Select(m => new { m.Recipient, m.Template }).ToListAsync(ct);
        Assert.Equal(
            [("jane.dawson@leicestershire.police.uk", NotifyTemplates.EmailAcknowledgement.Name), ("sam.jones@example.com", NotifyTemplates.EmailUseOnlineForm.Name)],
            replies.Select(r => (r.Recipient, r.Template)));
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_AcceptingThePublicToo_GivesThemNoRedirect(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        mailbox.ChannelPolicy.AcceptFrom = [ContactSource.Police, ContactSource.FamilyOrFriend];
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PublicWorriedDaughter("public-1@test"));

        await ReadAsync(database, mailbox, ct);

        await using var db = database.CreateDbContext();
        Assert.Equal(ContactSource.FamilyOrFriend, (await db.Contacts.AsNoTracking().SingleAsync(ct)).Source);
        Assert.Equal(0, await db.OutboxMessages.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_WithAutoReplyOnAndNoRedirect_AcknowledgesEverySender_OncePerContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        mailbox.AutoReply = true;
        mailbox.ChannelPolicy.RedirectOthers = false;
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PublicWorriedDaughter("public-1@test"));

        await ReadAsync(database, mailbox, ct);
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PublicWorriedDaughter("public-1@test"));
        await ReadAsync(database, mailbox, ct);

        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
        var reply = await db.OutboxMessages.AsNoTracking().SingleAsync(ct);
        Assert.Equal((MessageKind.NotifyEmail, NotifyTemplates.EmailAcknowledgement.Name, "sam.jones@example.com", contact.Id), (reply.Kind, reply.Template, reply.Recipient, reply.ContactId));
        Assert.Equal(new Dictionary<string, string> { ["reference"] = contact.Reference.ToString() }, JsonSerializer.Deserialize<Dictionary<string, string>>(reply.Body));
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_NeverRepliesToAutomaticBulkListBounceOrNoReplyMail(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        MimeMessage With(string id, string header, string value, string? from = null)
        {
            var message = ReferralEmails.PublicWorriedDaughter(id);
            if (from is not null)
            {
                message.From.Clear();
                message.From.Add(new MailboxAddress("Sender", from));
            }

            if (header.Length > 0)
            {
                message.Headers.Add(header, value);
            }

            return message;
        }

        await dovecot.DeliverAsync(mailbox,
        [
            With("out-of-office@test", "Auto-Submitted", "auto-replied"),
            With("generated@test", "Auto-Submitted", "auto-generated; owner-email=\"x@example.com\""),
            With("bulk@test", "Precedence", "bulk"),
            With("list@test", "List-Id", "<carers.lists.example.org>"),
            With("bounce@test", "Return-Path", "<>"),
            With("suppress@test", "X-Auto-Response-Suppress", "All"),
            With("noreply@test", string.Empty, string.Empty, from: "no-reply@example.com"),
            With("daemon@test", string.Empty, string.Empty, from: "MAILER-DAEMON@mail.example.com"),
            With("person@test", "Auto-Submitted", "no", from: "pat.jones@example.com"),
        ]);

        await ReadAsync(database, mailbox, ct);

        await using var db = database.CreateDbContext();
        Assert.Equal(9, await db.Contacts.CountAsync(ct));
        var reply = await db.OutboxMessages.AsNoTracking().SingleAsync(ct);
        Assert.Equal(("pat.jones@example.com", NotifyTemplates.EmailUseOnlineForm.Name), (reply.Recipient, reply.Template));
    }

    private static async Task ReadAsync(TestDatabase database, MailboxOptions mailbox, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        var result = await IntakeTestKit.Reader(db, IntakeTestKit.Clock(), mailbox).ReadOnceAsync(ct);
        Assert.Equal(0, result.Failed);
    }
}
