using FrontDoor.Core.Contacts;
using FrontDoor.Core.Demo;

namespace FrontDoor.Core.Tests.Demo;

public sealed class DemoSurveysTests
{
    private static readonly DateOnly Until = new(2026, 10, 31);

    [Fact]
    public void Generate_InvitesAsTheLiveRulesDo_OncePerClosedContact_NeverForSafeguardingOrWithoutAMobileOrAfterOptingOut()
    {
        var county = new DemoCountyGenerator(new DemoCountyOptions(3_000, 7, Until)).Generate();
        var contacts = county.Contacts.ToDictionary(c => c.Id);
        var people = county.People.ToDictionary(p => p.Person.Id, p => p.Person);

        Assert.NotEmpty(county.Surveys);
        Assert.Equal(county.Surveys.Count, county.Surveys.Select(s => s.ContactId).Distinct().Count());
        Assert.All(county.Surveys, survey =>
        {
            var contact = contacts[survey.ContactId];
            Assert.Equal((ContactStatus.Closed, (Guid?)survey.PersonId, contact.ClosedAt), (contact.Status, contact.PersonId, (DateTimeOffset?)survey.SentAt));
            Assert.NotEqual(ContactOutcome.ReferredToSafeguarding, contact.Outcome);
            Assert.Contains(people[survey.PersonId].Phones, p => p.IsMobile);
            Assert.True(survey.AnsweredAt is null || survey.AnsweredAt > survey.SentAt);
        });
        var answered = county.Surveys.Count(s => s.IsAnswered);
        Assert.InRange(answered, county.Surveys.Count / 6, county.Surveys.Count / 2);
        Assert.Contains(county.Surveys, s => s.Comment is not null);

        // Someone who said "do not ask me again" is sent nothing about contacts that closed later.
        var optedOut = county.Surveys.Where(s => people[s.PersonId].DeclinesSurveys).GroupBy(s => s.PersonId).ToList();
        Assert.NotEmpty(optedOut);
        Assert.All(optedOut, surveys => Assert.True(surveys.OrderBy(s => s.SentAt).Last().IsAnswered, "the last survey a person was sent is the one they opted out on"));
    }

    [Fact]
    public void Generate_WithTheSameSeed_GivesTheSameSurveysAndAnswers()
    {
        static string Fingerprint(Core.Demo.GeneratedCounty county) => string.Join('\n', county.Surveys.Select(s =>
            $"{s.Id} {s.ContactId} {s.TokenHash} {s.SentAt:O} {s.AnsweredAt:O} {s.Satisfaction} {s.AgreesRightPersonFirstTime} {s.AgreesContactSuitsMe} {s.Comment}"));

        var first = new DemoCountyGenerator(new DemoCountyOptions(1_500, 42, Until)).Generate();
        var second = new DemoCountyGenerator(new DemoCountyOptions(1_500, 42, Until)).Generate();

        Assert.Equal(Fingerprint(first), Fingerprint(second));
    }
}
