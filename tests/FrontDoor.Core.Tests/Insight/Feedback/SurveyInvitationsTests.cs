using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using static FrontDoor.Core.Tests.Triage.Outcomes.OutcomesTestKit;

namespace FrontDoor.Core.Tests.Insight.Feedback;

public sealed class SurveyInvitationsTests
{
    private const string Mobile = "07700 900123";

    private static readonly ClosingRequest Advised = new()
    {
        Outcomes = [ContactOutcome.InformationAndAdvice],
        Summary = "Talked through equipment and the carers' centre.",
    };

    [Theory]
    [BothProviders]
    public async Task Close_ForAPersonWithAMobile_WritesOneInvitationAndOneSurveyText_WithAHashedToken(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var contactId = await OpenContactForPersonAsync(database, clock, Mobile);

        await CloseAsync(database, clock, contactId, Advised);

        await using var read = database.CreateDbContext();
        var invitation = await read.Set<SurveyInvitation>().AsNoTracking().SingleAsync(ct);
        var text = await read.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Template == NotifyTemplates.SurveyInvitationSms.Name, ct);
        Assert.Equal((contactId, IntakeTestKit.Now, (DateTimeOffset?)null), (invitation.ContactId, invitation.SentAt, invitation.AnsweredAt));
        Assert.Equal((MessageKind.NotifySms, "+447700900123", (Guid?)contactId), (text.Kind, text.Recipient, text.ContactId));
        var link = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(text.Body)!["survey_link"];
        Assert.StartsWith("https://frontdoor.example.gov.uk/feedback/", link, StringComparison.Ordinal);
        var token = link[(link.LastIndexOf('/') + 1)..];
        Assert.True(token.Length >= 43, "the token carries 256 bits");
        Assert.Equal(ReplyLinkToken.HashOf(token), invitation.TokenHash);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task AContactAlreadyInvited_IsNeverACandidateAgain(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var contactId = await OpenContactForPersonAsync(database, clock, Mobile);
        await CloseAsync(database, clock, contactId, Advised);

        await using var db = database.CreateDbContext();
        Assert.Null(await Surveys(db, clock).CandidateAsync(contactId, ct));

        // Even past the check, the database holds one invitation per contact.
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, ct);
        Surveys(db, clock).StageOnClose(new SurveyCandidate(contactId, contact.PersonId!.Value, "+447700900123"), contact, [ContactOutcome.InformationAndAdvice], clock.GetUtcNow());
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Close_AfterASafeguardingReferral_SendsNoSurvey(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var contactId = await OpenContactForPersonAsync(database, clock, Mobile);
        await using (var db = database.CreateDbContext())
        {
            await Referrals(db, clock).ReferAsync(contactId, await VersionAsync(database, contactId), new ReferralRequest(ReferralType.Safeguarding, "mash", "Unexplained bruising."), Advisor, ct);
        }

        await CloseAsync(database, clock, contactId, new ClosingRequest { Outcomes = [ContactOutcome.ReferredToSafeguarding], Summary = "Referred to the MASH." });

        await AssertNoSurveyAsync(database, contactId);
    }

    [Theory]
    [BothProviders]
    public async Task Close_WhereThePersonSaidDoNotAskAgain_SendsNoSurvey(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var contactId = await OpenContactForPersonAsync(database, clock, Mobile);
        await using (var db = database.CreateDbContext())
        {
            var personId = await db.Contacts.Where(c => c.Id == contactId).Select(c => c.PersonId).SingleAsync(ct);
            (await db.People.SingleAsync(p => p.Id == personId, ct)).DeclineSurveys(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }

        await CloseAsync(database, clock, contactId, Advised);

        await AssertNoSurveyAsync(database, contactId);
    }

    [Theory]
    [BothProviders]
    public async Task Close_WithOnlyALandlineOnThePersonsRecord_SendsNoSurvey(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var contactId = await OpenContactForPersonAsync(database, clock, "0116 496 0123");

        await CloseAsync(database, clock, contactId, Advised);

        await AssertNoSurveyAsync(database, contactId);
    }

    /// <summary>An open contact through intake, matched to a person whose record has <paramref name="phone"/>.</summary>
    private static async Task<Guid> OpenContactForPersonAsync(TestDatabase database, TimeProvider clock, string phone)
    {
        var ct = TestContext.Current.CancellationToken;
        var (contactId, _) = await OpenContactAsync(database, clock);
        await using var db = database.CreateDbContext();
        var person = IntakeTestKit.Person("Surya", "Survey");
        person.SetPhones([PhoneNumber.Parse(phone)], IntakeTestKit.Now);
        db.People.Add(person);
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, ct);
        contact.MatchTo(person.Id);
        await db.SaveChangesAsync(ct);
        return contactId;
    }

    private static async Task CloseAsync(TestDatabase database, TimeProvider clock, Guid contactId, ClosingRequest request)
    {
        await using var db = database.CreateDbContext();
        await Closing(db, clock).CloseAsync(contactId, await VersionAsync(database, contactId), request, Advisor, TestContext.Current.CancellationToken);
    }

    private static async Task AssertNoSurveyAsync(TestDatabase database, Guid contactId)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var read = database.CreateDbContext();
        Assert.Equal(ContactStatus.Closed, await read.Contacts.Where(c => c.Id == contactId).Select(c => c.Status).SingleAsync(ct));
        Assert.False(await read.Set<SurveyInvitation>().AnyAsync(ct));
        Assert.False(await read.Set<OutboxMessage>().AnyAsync(m => m.Template == NotifyTemplates.SurveyInvitationSms.Name, ct));
    }
}
