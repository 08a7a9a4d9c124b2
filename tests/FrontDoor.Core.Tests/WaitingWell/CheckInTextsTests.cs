using System.Text.Json;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.People;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static FrontDoor.Core.Tests.Triage.Outcomes.OutcomesTestKit;

namespace FrontDoor.Core.Tests.WaitingWell;

public sealed class CheckInTextsTests
{
    private const string Mobile = "07700 900123";
    private static readonly WaitingWellOptions Schedule = new();

    private static WaitingList List(FrontDoorDbContext db, TimeProvider clock) => new(db, clock, Work(db, clock), Options.Create(Schedule));

    private static CheckInTexts Texts(FrontDoorDbContext db, TimeProvider clock) =>
        new(db, clock, List(db, clock), Options.Create(Schedule), Options.Create(new MessagesOptions { StaffSiteUrl = IntakeTestKit.StaffSiteUrl }));

    private static CheckInReplies Replies(FrontDoorDbContext db, TimeProvider clock) => new(db, clock, Work(db, clock));

    [Theory]
    [BothProviders]
    public async Task ACheckInFallingDue_IsTextedOnceThroughTheOutbox_HoweverOftenTheJobRuns(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await WaitingForReablementAsync(database, clock, Mobile);
        var due = await DueAtAsync(database, clock);

        Assert.Equal(0, await SendAsync(database, clock));
        clock.Advance(due - clock.GetUtcNow());
        Assert.Equal(1, await SendAsync(database, clock));
        Assert.Equal(0, await SendAsync(database, clock));
        clock.Advance(Schedule.OverdueAfter);
        Assert.Equal(0, await SendAsync(database, clock));

        await using var read = database.CreateDbContext();
        var text = await read.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Template == NotifyTemplates.CheckInPromptSms.Name, ct);
        Assert.Equal((MessageKind.NotifySms, "+447700900123", (Guid?)id), (text.Kind, text.Recipient, text.ContactId));
        var token = TokenIn(text);
        var prompt = await read.Set<CheckInPrompt>().AsNoTracking().SingleAsync(ct);
        Assert.Equal((id, due, ReplyLinkToken.HashOf(token), due + Schedule.TextLinkExpiresAfter), (prompt.ContactId, prompt.DueAt, prompt.TokenHash, prompt.ExpiresAt));
        var sent = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == id && e.Kind == ContactEventKind.CheckInTextSent, ct);
        Assert.Equal(("mobile ending 123", "frontdoor"), (sent.To, sent.ActorId));
    }

    [Theory]
    [BothProviders]
    public async Task TwoNodesRunningAtOnce_TextTheCheckInOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await WaitingForReablementAsync(database, clock, Mobile);
        clock.Advance(await DueAtAsync(database, clock) - clock.GetUtcNow());

        var sent = await Task.WhenAll(SendAsync(database, clock), SendAsync(database, clock));

        Assert.Equal(1, sent.Sum());
        await using var read = database.CreateDbContext();
        Assert.Equal(1, await read.Set<OutboxMessage>().CountAsync(m => m.Template == NotifyTemplates.CheckInPromptSms.Name, ct));
        Assert.Equal(1, await read.Set<CheckInPrompt>().CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task NoText_WithoutAMobile_ForSafeguarding_OrOnceTheTeamHasClosedTheContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await WaitingForReablementAsync(database, clock, "0116 496 0123");
        var safeguarding = await ContactForPersonAsync(database, clock, Mobile);
        await using (var db = database.CreateDbContext())
        {
            await Referrals(db, clock).ReferAsync(safeguarding, await VersionAsync(database, safeguarding), new ReferralRequest(ReferralType.Safeguarding, "mash", "Unexplained bruising."), Advisor, ct);
        }

        var closed = await WaitingForReablementAsync(database, clock, Mobile);
        await using (var db = database.CreateDbContext())
        {
            await Closing(db, clock).CloseAsync(closed, await VersionAsync(database, closed), new ClosingRequest { Outcomes = [ContactOutcome.ReferredToReablement], Summary = "Home First took it on." }, Advisor, ct);
        }

        clock.Advance(TimeSpan.FromDays(60));
        Assert.Equal(0, await SendAsync(database, clock));

        await using var read = database.CreateDbContext();
        Assert.False(await read.Set<CheckInPrompt>().AnyAsync(ct));
        Assert.False(await read.Set<OutboxMessage>().AnyAsync(m => m.Template == NotifyTemplates.CheckInPromptSms.Name, ct));
    }

    [Theory]
    [BothProviders]
    public async Task AnAnswerThatNothingChanged_IsACheckInByText_ThatResetsTheDueDate_AndTheLinkWorksOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await WaitingForReablementAsync(database, clock, Mobile);
        var token = await TextedTokenAsync(database, clock);
        clock.Advance(TimeSpan.FromHours(3));

        await using (var db = database.CreateDbContext())
        {
            Assert.True(await Replies(db, clock).IsOpenAsync(token, ct));
            Assert.Equal(CheckInReplyOutcome.Recorded, await Replies(db, clock).AnswerAsync(token, new TextCheckInAnswers(false, null, false), ct));
        }

        await using var read = database.CreateDbContext();
        var checkedIn = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == id && e.Kind == ContactEventKind.CheckedIn, ct);
        Assert.Equal(("check-in-by-text", "The person, by text", "By text. Nothing changed. No call needed."), (checkedIn.ActorId, checkedIn.ActorDisplayName, checkedIn.Reason));
        Assert.False(await read.ContactEvents.AnyAsync(e => e.Kind == ContactEventKind.RiskEscalated, ct));
        var waiting = Assert.Single(await List(read, clock).ForTeamAsync("home-first", ct));
        Assert.Equal((clock.GetUtcNow(), CheckInState.NotYetDue), (waiting.LastCheckInAt, waiting.CheckIn));
        Assert.Equal(clock.GetUtcNow(), (await read.Set<CheckInPrompt>().AsNoTracking().SingleAsync(ct)).AnsweredAt);

        Assert.False(await Replies(read, clock).IsOpenAsync(token, ct));
        Assert.Equal(CheckInReplyOutcome.NotOpen, await Replies(read, clock).AnswerAsync(token, new TextCheckInAnswers(true, "Something else.", true), ct));
        Assert.Equal(1, await read.ContactEvents.CountAsync(e => e.Kind == ContactEventKind.CheckedIn, ct));
    }

    [Theory]
    [BothProviders]
    public async Task AnAnswerThatThingsChanged_EscalatesToTheManager_WithoutSettingTheRisk_UntilSomeoneChecksIn(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await WaitingForReablementAsync(database, clock, Mobile);
        var token = await TextedTokenAsync(database, clock);
        await using var db = database.CreateDbContext();
        var before = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct);

        Assert.Equal(CheckInReplyOutcome.Recorded, await Replies(db, clock).AnswerAsync(token, new TextCheckInAnswers(true, " My daughter has moved away. ", true), ct));

        var escalation = Assert.Single(await List(db, clock).UnacknowledgedEscalationsAsync(ct));
        Assert.Equal((id, "home-first", before.Priority, before.Priority, true), (escalation.ContactId, escalation.QueueKey, escalation.From, escalation.To, escalation.ByText));
        var after = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        Assert.Equal((before.Priority, false), (after.Priority, after.PriorityOverridden));
        var checkedIn = await db.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == id && e.Kind == ContactEventKind.CheckedIn, ct);
        Assert.Equal("By text. Changed: My daughter has moved away. Asked for a call.", checkedIn.Reason);

        // Someone phoning the person acts on it.
        await using (var phone = database.CreateDbContext())
        {
            await List(phone, clock).CheckInByPhoneAsync(id, after.Version, new CheckInAnswers(true, "Daughter moved to Leeds.", "Carer visits to be arranged.", after.Priority), Advisor, ct);
        }

        Assert.Empty(await List(db, clock).UnacknowledgedEscalationsAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task AnExpiredLink_AndAnUnknownOne_AreNotOpen_AndRecordNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await WaitingForReablementAsync(database, clock, Mobile);
        var token = await TextedTokenAsync(database, clock);
        await using var db = database.CreateDbContext();

        clock.Advance(Schedule.TextLinkExpiresAfter - TimeSpan.FromMinutes(1));
        Assert.True(await Replies(db, clock).IsOpenAsync(token, ct));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await Replies(db, clock).IsOpenAsync(token, ct));
        Assert.Equal(CheckInReplyOutcome.NotOpen, await Replies(db, clock).AnswerAsync(token, new TextCheckInAnswers(false, null, false), ct));
        Assert.Equal(CheckInReplyOutcome.NotOpen, await Replies(db, clock).AnswerAsync(ReplyLinkToken.New().Token, new TextCheckInAnswers(false, null, false), ct));

        Assert.False(await db.ContactEvents.AnyAsync(e => e.Kind == ContactEventKind.CheckedIn, ct));
        Assert.Null((await db.Set<CheckInPrompt>().AsNoTracking().SingleAsync(ct)).AnsweredAt);
    }

    [Theory]
    [BothProviders]
    public async Task AnAnswerSayingThingsChangedButNotWhat_IsRefused_AndTheLinkStaysOpen(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await WaitingForReablementAsync(database, clock, Mobile);
        var token = await TextedTokenAsync(database, clock);
        await using var db = database.CreateDbContext();

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Replies(db, clock).AnswerAsync(token, new TextCheckInAnswers(true, "  ", false), ct));
        var tooLong = await Assert.ThrowsAsync<DomainValidationException>(() => Replies(db, clock).AnswerAsync(token, new TextCheckInAnswers(true, new string('a', CheckInReplies.MaxWhatChangedLength + 1), false), ct));

        Assert.Equal(("WhatChanged", "Enter what has changed"), (refused.Field, refused.Message));
        Assert.Equal(("WhatChanged", "What has changed must be 500 characters or fewer"), (tooLong.Field, tooLong.Message));
        Assert.True(await Replies(db, clock).IsOpenAsync(token, ct));
    }

    private static async Task<int> SendAsync(TestDatabase database, TimeProvider clock)
    {
        await using var db = database.CreateDbContext();
        return await Texts(db, clock).SendDueAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<DateTimeOffset> DueAtAsync(TestDatabase database, TimeProvider clock)
    {
        await using var db = database.CreateDbContext();
        return Assert.Single(await List(db, clock).ForTeamAsync("home-first", TestContext.Current.CancellationToken)).CheckInDueAt;
    }

    /// <summary>Moves the clock to the check-in's due date, runs the job and returns the token in the text's link.</summary>
    private static async Task<string> TextedTokenAsync(TestDatabase database, Microsoft.Extensions.Time.Testing.FakeTimeProvider clock)
    {
        clock.Advance(await DueAtAsync(database, clock) - clock.GetUtcNow());
        Assert.Equal(1, await SendAsync(database, clock));
        await using var db = database.CreateDbContext();
        return TokenIn(await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Template == NotifyTemplates.CheckInPromptSms.Name, TestContext.Current.CancellationToken));
    }

    private static string TokenIn(OutboxMessage text)
    {
        var link = JsonSerializer.Deserialize<Dictionary<string, string>>(text.Body)!["check_in_link"];
        Assert.StartsWith("https://frontdoor.example.gov.uk/check-in/", link, StringComparison.Ordinal);
        return link[(link.LastIndexOf('/') + 1)..];
    }

    /// <summary>A contact through intake, matched to a person whose record has <paramref name="phone"/>, referred to Home First.</summary>
    private static async Task<Guid> WaitingForReablementAsync(TestDatabase database, TimeProvider clock, string phone)
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await ContactForPersonAsync(database, clock, phone);
        await using var db = database.CreateDbContext();
        await Assessments(db, clock).SaveAsync(id, await VersionAsync(database, id), PromptsAnswered, Advisor, ct);
        await using var refer = database.CreateDbContext();
        await Referrals(refer, clock).ReferAsync(id, await VersionAsync(database, id), new ReferralRequest(ReferralType.Reablement, "home-first", "Lost confidence after a fall."), Advisor, ct);
        return id;
    }

    private static async Task<Guid> ContactForPersonAsync(TestDatabase database, TimeProvider clock, string phone)
    {
        var ct = TestContext.Current.CancellationToken;
        var (contactId, _) = await OpenContactAsync(database, clock);
        await using var db = database.CreateDbContext();
        var person = IntakeTestKit.Person("Wendy", "Waiting");
        person.SetPhones([PhoneNumber.Parse(phone)], IntakeTestKit.Now);
        db.People.Add(person);
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, ct);
        contact.MatchTo(person.Id);
        await db.SaveChangesAsync(ct);
        return contactId;
    }
}
