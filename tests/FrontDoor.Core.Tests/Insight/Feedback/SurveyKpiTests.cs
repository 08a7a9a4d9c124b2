using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;

namespace FrontDoor.Core.Tests.Insight.Feedback;

/// <summary>
/// The survey KPIs on a hand-built January: four invitations about January's contacts (three answered: satisfaction
/// 5, 4 and 2; I-statement answers 4 agree of 4, 1 of 4, and 1 of 2 answered) and one about a February contact.
/// </summary>
public sealed class SurveyKpiTests
{
    private static readonly KpiRange January = KpiRange.Month(2025, 1);

    [Theory]
    [BothProviders]
    public async Task January_CountsSurveysWithTheContactTheyWereAbout_SatisfiedMeaningFourOrFive(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            var person = new Person(Guid.CreateVersion7(), new PersonName("Surya", "Survey"), At(1, 1));
            db.Add(person);
            Answered(db, person, At(1, 5), 5, [true, true, true, true]);
            Answered(db, person, At(1, 12), 4, [false, false, true, false]);
            Answered(db, person, At(1, 31), 2, [true, false, null, null]);
            Invited(db, person, At(1, 20));
            Answered(db, person, At(2, 3), 1, [false, false, false, false]);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateDbContext();
        var figures = await new KpiCalculator(read).CalculateAsync(January, cancellationToken: ct);

        Assert.Equal((4, 3), (figures.SurveysSent, figures.SurveysAnswered));
        Assert.Equal(0.75, figures.SurveyResponseRate);
        Assert.Equal(2.0 / 3, figures.CustomerSatisfaction);
        Assert.Equal(6.0 / 10, figures.IStatementAgreement);
        Assert.Equal(2.0 / 3, figures.ValueOf("customerSatisfaction"));
        Assert.Equal(0.6, figures.ValueOf("iStatementAgreement"));
        Assert.Equal(0.75, figures.ValueOf("surveyResponseRate"));

        var empty = await new KpiCalculator(read).CalculateAsync(KpiRange.Month(2024, 6), cancellationToken: ct);
        Assert.All(new[] { empty.SurveyResponseRate, empty.CustomerSatisfaction, empty.IStatementAgreement }, Assert.Null);
    }

    private static SurveyInvitation Invited(FrontDoorDbContext db, Person person, DateTimeOffset receivedAt)
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, receivedAt, "Needs help at home");
        contact.Open(receivedAt);
        contact.MoveToQueue("tier-1", "Arrived", receivedAt, ContactEvent.System);
        contact.MatchTo(person.Id);
        contact.Close(ContactOutcome.InformationAndAdvice, receivedAt.AddHours(1));
        var invitation = new SurveyInvitation(Guid.CreateVersion7(), contact.Id, person.Id, ReplyLinkToken.New().Hash, receivedAt.AddHours(1));
        db.AddRange(contact, invitation);
        return invitation;
    }

    private static void Answered(FrontDoorDbContext db, Person person, DateTimeOffset receivedAt, int satisfaction, bool?[] agrees) =>
        Invited(db, person, receivedAt).Answer(new SurveyAnswers(satisfaction, agrees, null), receivedAt.AddDays(2));

    private static DateTimeOffset At(int month, int day) => new(2025, month, day, 10, 0, 0, TimeSpan.Zero);
}
