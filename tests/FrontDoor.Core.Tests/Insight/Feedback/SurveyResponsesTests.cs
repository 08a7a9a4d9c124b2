using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Insight.Feedback;

public sealed class SurveyResponsesTests
{
    private static readonly SurveyAnswers Answers = new(4, [true, true, false, null], "Quick and kind.");

    [Theory]
    [BothProviders]
    public async Task Answer_RecordsTheAnswersOnce_ThenTheTokenIsNotOpen_LikeAnUnknownOne(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (token, _) = await InvitedAsync(database);

        await using (var db = database.CreateDbContext())
        {
            Assert.True(await new SurveyResponses(db, clock).IsOpenAsync(token, ct));
            Assert.Equal(SurveyAnswerOutcome.Recorded, await new SurveyResponses(db, clock).AnswerAsync(token, Answers, doNotAskAgain: false, ct));
        }

        await using var read = database.CreateDbContext();
        var saved = await read.Set<SurveyInvitation>().AsNoTracking().SingleAsync(ct);
        Assert.Equal(((DateTimeOffset?)IntakeTestKit.Now, (int?)4, (bool?)true, (bool?)false, (bool?)null, "Quick and kind."),
            (saved.AnsweredAt, saved.Satisfaction, saved.AgreesRightPersonFirstTime, saved.AgreesAdviceHelpsWellbeing, saved.AgreesContactSuitsMe, saved.Comment));
        var responses = new SurveyResponses(read, clock);
        Assert.False(await responses.IsOpenAsync(token, ct));
        Assert.Equal(SurveyAnswerOutcome.NotOpen, await responses.AnswerAsync(token, Answers with { Satisfaction = 1 }, false, ct));
        Assert.Equal(SurveyAnswerOutcome.NotOpen, await responses.AnswerAsync(ReplyLinkToken.New().Token, Answers, false, ct));
        Assert.False(await responses.IsOpenAsync(ReplyLinkToken.New().Token, ct));
        Assert.Equal(4, await read.Set<SurveyInvitation>().Select(i => i.Satisfaction).SingleAsync(ct));
        Assert.False(await read.People.Select(p => p.DeclinesSurveys).SingleAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Answer_WithDoNotAskAgain_RecordsItOnThePerson(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (token, personId) = await InvitedAsync(database);

        await using (var db = database.CreateDbContext())
        {
            await new SurveyResponses(db, IntakeTestKit.Clock()).AnswerAsync(token, Answers, doNotAskAgain: true, ct);
        }

        await using var read = database.CreateDbContext();
        Assert.True(await read.People.Where(p => p.Id == personId).Select(p => p.DeclinesSurveys).SingleAsync(ct));
    }

    private static async Task<(string Token, Guid PersonId)> InvitedAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var now = IntakeTestKit.Now.AddDays(-1);
        var person = new Person(Guid.CreateVersion7(), new PersonName("Surya", "Survey"), now);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, now, "Needs help at home");
        contact.Open(now);
        contact.MoveToQueue("tier-1", "Arrived", now, ContactEvent.System);
        contact.MatchTo(person.Id);
        contact.Close(ContactOutcome.InformationAndAdvice, now);
        var (token, hash) = ReplyLinkToken.New();
        db.AddRange(person, contact, new SurveyInvitation(Guid.CreateVersion7(), contact.Id, person.Id, hash, now));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (token, person.Id);
    }
}
