using System.Text;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Mail;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace FrontDoor.Core.Tests.Contacts.Email;

/// <summary>Issue 15: emails whose facts sit in the HTML part, and emails that cannot honestly be read.</summary>
[Collection(DovecotFixtureGroup.Name)]
public sealed class MailboxReaderFormatsTests(DovecotServer dovecot)
{
    private const string AdaNhs = "999 000 0018";

    private const string AmbulanceTable = """
        <html><body><p>Referral following ambulance attendance.</p>
        <table>
          <tr><td>Patient</td><td>Ada Example</td></tr>
          <tr><td>DOB</td><td>03-Jun-1944</td></tr>
          <tr><td>NHS Number</td><td>999 000 0018</td></tr>
          <tr><td>Address</td><td>12 Mill Lane, Leicester, LE2 1AB</td></tr>
        </table>
        <p>Found on the floor after a fall; lives alone.</p></body></html>
        """;

    [Theory]
    [BothProviders]
    public async Task ReadOnce_AmbulanceEmailWhosePlainPartSaysSeeHtml_ReadsTheHtmlTableAndLinks(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ada = await SaveAdaAsync(database, ct);
        var mailbox = await dovecot.CreateMailboxAsync();
        var message = ReferralEmails.Build("amb-html@test", new MailboxAddress("EMAS Safeguarding", "safeguarding@emas.nhs.uk"), "Adult referral", string.Empty);
        message.Body = new MultipartAlternative
        {
            new TextPart("plain") { Text = "This email is best viewed in HTML. Please see HTML part." },
            new TextPart("html") { Text = AmbulanceTable },
        };
        await dovecot.DeliverAsync(mailbox, message);

        var contact = await ReadSingleAsync(database, mailbox, ct);

        Assert.Equal(ContactSource.Ambulance, contact.Source);
        Assert.Equal(("Ada", "Example", new DateOnly(1944, 6, 3), AdaNhs, "LE2 1AB"), (contact.ReportedPerson.GivenName, contact.ReportedPerson.FamilyName, contact.ReportedPerson.DateOfBirth, contact.ReportedPerson.NhsNumberAsGiven, contact.ReportedPerson.Postcode));
        Assert.Equal((PersonMatchState.Matched, ada.Id), (contact.MatchState, contact.PersonId));
        Assert.Contains("Found on the floor", contact.Story, StringComparison.Ordinal);
        var confidence = EmailFacts.ParseConfidence(contact.ExtractedFactConfidence);
        Assert.Equal(FactConfidence.High, confidence[ExtractedFact.Name]);
        Assert.Equal(FactConfidence.High, confidence[ExtractedFact.DateOfBirth]);
        Assert.Equal(FactConfidence.High, confidence[ExtractedFact.NhsNumber]);
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_PlainAndHtmlPartsThatDiffer_ReadsBoth(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        var message = ReferralEmails.Build("both-parts@test", new MailboxAddress("Castle Surgery", "castle.surgery@nhs.net"), "Request for assessment", string.Empty);
        message.Body = new MultipartAlternative
        {
            new TextPart("plain") { Text = "Patient: Ada Example\nPlease assess; details of her address are in the table." },
            new TextPart("html") { Text = "<p>Please assess.</p><table><tr><td>DOB</td><td>03-Jun-1944</td></tr><tr><td>Postcode</td><td>LE2 1AB</td></tr></table>" },
        };
        await dovecot.DeliverAsync(mailbox, message);

        var contact = await ReadSingleAsync(database, mailbox, ct);

        Assert.Equal(("Ada", "Example", new DateOnly(1944, 6, 3), "LE2 1AB"), (contact.ReportedPerson.GivenName, contact.ReportedPerson.FamilyName, contact.ReportedPerson.DateOfBirth, contact.ReportedPerson.Postcode));
        Assert.Contains("Patient: Ada Example", contact.Story, StringComparison.Ordinal);
        Assert.Contains("03-Jun-1944", contact.Story, StringComparison.Ordinal);
    }

    private static readonly (string Kind, string Raw)[] UnreadableEmails =
    [
        (
            "no sender",
            "Subject: Referral\r\nMessage-ID: <nosender@test>\r\nDate: Mon, 02 Nov 2026 08:30:00 +0000\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nName: Ada Example\r\nDOB: 03/06/1944\r\n"
        ),
        (
            "a sender with no address",
            "From: undisclosed-recipients:;\r\nSubject: Referral\r\nMessage-ID: <noaddress@test>\r\nDate: Mon, 02 Nov 2026 08:30:00 +0000\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nName: Ada Example\r\n"
        ),
        (
            "an unknown charset",
            "From: Oak Care <office@oakcare.co.uk>\r\nSubject: Referral\r\nMessage-ID: <charset@test>\r\nDate: Mon, 02 Nov 2026 08:30:00 +0000\r\nContent-Type: text/plain; charset=x-unknown-7\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + Mangled(120) + "\r\n"
        ),
        (
            "UTF-8 read as Latin-1",
            "From: Oak Care <office@oakcare.co.uk>\r\nSubject: Referral\r\nMessage-ID: <mojibake@test>\r\nDate: Mon, 02 Nov 2026 08:30:00 +0000\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + Latin1OfUtf8("Пациентка: Ада Пример — дата рождения 03.06.1944, адрес: Милл-лейн 12 — падение дома, живёт одна.") + "\r\n"
        ),
        (
            "broken UTF-8",
            "From: Oak Care <office@oakcare.co.uk>\r\nSubject: Referral\r\nMessage-ID: <broken@test>\r\nDate: Mon, 02 Nov 2026 08:30:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + Mangled(120) + "\r\n"
        ),
    ];

    [Theory]
    [BothProviders]
    public async Task ReadOnce_UnreadableEmails_NeedAttentionSayingTheyCouldNotBeRead_WithTheRawKept(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        foreach (var (_, raw) in UnreadableEmails)
        {
            await dovecot.DeliverRawAsync(mailbox, Encoding.Latin1.GetBytes(raw));
        }

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(UnreadableEmails.Length, (await IntakeTestKit.Reader(db, IntakeTestKit.Clock(), mailbox).ReadOnceAsync(ct)).ContactsCreated);
        }

        await using (var db = database.CreateDbContext())
        {
            var messages = await db.EmailMessages.AsNoTracking().ToListAsync(ct);
            var contacts = await db.Contacts.AsNoTracking().ToListAsync(ct);
            foreach (var (kind, raw) in UnreadableEmails)
            {
                var messageId = raw[(raw.IndexOf("Message-ID: <", StringComparison.Ordinal) + 13)..raw.IndexOf(">\r\nDate", StringComparison.Ordinal)];
                var contact = contacts.Single(c => c.Id == messages.Single(m => m.MessageId == messageId).ContactId);
                Assert.True(contact.Status == ContactStatus.NeedsAttention, $"{kind}: {contact.Status}");
                Assert.True(contact.AttentionReason?.Contains("could not be read", StringComparison.Ordinal) == true, $"{kind}: {contact.AttentionReason}");
                var bytes = Encoding.Latin1.GetBytes(raw);
                var stored = await db.RawSubmissions.AsNoTracking().SingleAsync(r => r.ContactId == contact.Id, ct);
                Assert.True(stored.Bytes.AsSpan().IndexOf(bytes.AsSpan(bytes.Length - 40, 30)) >= 0, kind);
            }
        }
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_StrayMimeBoundaryLines_AreNotLeftInTheStory(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        const string raw = "From: PC Dawson <pc.dawson@leicestershire.police.uk>\r\nSubject: Adult concern\r\nMessage-ID: <boundary@test>\r\nDate: Mon, 02 Nov 2026 08:30:00 +0000\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
            + "--_000_LO2P265MB0123456789_\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nName: Ada Example\r\nDOB: 03/06/1944\r\nConcern for welfare after a fall.\r\n\r\n--_000_LO2P265MB0123456789_--\r\n";
        await dovecot.DeliverRawAsync(mailbox, Encoding.ASCII.GetBytes(raw));

        var contact = await ReadSingleAsync(database, mailbox, ct);

        Assert.DoesNotContain("_000_", contact.Story, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Transfer-Encoding", contact.Story, StringComparison.Ordinal);
        Assert.Contains("Concern for welfare after a fall.", contact.Story, StringComparison.Ordinal);
        Assert.Equal(("Ada", "Example"), (contact.ReportedPerson.GivenName, contact.ReportedPerson.FamilyName));
        Assert.Equal(ContactStatus.Open, contact.Status);
    }

    [Theory]
    [BothProviders]
    public async Task ReadOnce_FromAnOrganisationNotOnTheCareProviderList_IsOtherProfessionalToConfirm(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        await dovecot.DeliverAsync(mailbox, ReferralEmails.Build("unlisted@test", new MailboxAddress("Jo Brown", "office@sunrise-homecare.co.uk"), "Falls update", "Just to let you know Ada Example (1944-06-03) who we support has had two falls."));

        var contact = await ReadSingleAsync(database, mailbox, ct);

        Assert.Equal(ContactSource.OtherProfessional, contact.Source);
        Assert.Equal("sunrise-homecare.co.uk", contact.Caller?.Organisation);
        Assert.Contains("Not confirmed", contact.Caller?.Relationship, StringComparison.Ordinal);
    }

    private static string Mangled(int length)
    {
        // Bytes that are no text in UTF-8 or any known charset: stray continuation bytes and C1 controls.
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)(i % 3 == 0 ? 'a' + i % 26 : 0x80 + (i * 7) % 0x20));
        }

        return builder.ToString();
    }

    private static string Latin1OfUtf8(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    private static async Task<Core.People.Person> SaveAdaAsync(TestDatabase database, CancellationToken ct)
    {
        var ada = IntakeTestKit.Person("Ada", "Example", new DateOnly(1944, 6, 3), AdaNhs, "LE2 1AB");
        await using var db = database.CreateDbContext();
        db.People.Add(ada);
        await db.SaveChangesAsync(ct);
        return ada;
    }

    private static async Task<Contact> ReadSingleAsync(TestDatabase database, MailboxOptions mailbox, CancellationToken ct)
    {
        var clock = IntakeTestKit.Clock();
        await using (var db = database.CreateDbContext())
        {
            var result = await IntakeTestKit.Reader(db, clock, mailbox).ReadOnceAsync(ct);
            Assert.Equal(1, result.ContactsCreated);
        }

        await using (var db = database.CreateDbContext())
        {
            return await db.Contacts.AsNoTracking().SingleAsync(ct);
        }
    }
}
