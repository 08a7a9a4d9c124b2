using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Feedback;

/// <summary>A closed contact about a person, and the survey invitation texted for it: the link's token, as the text carries it.</summary>
public static class SurveyInvitationsForTests
{
    public const string PersonName = "Gwendolyn Surveyworth";
    public const string Story = "Struggling with the stairs since the hip operation";

    public static async Task<(string Token, Guid PersonId, Guid InvitationId)> InvitedAsync(TestDatabase database, DateTimeOffset? receivedAt = null)
    {
        await using var db = database.CreateDbContext();
        return await InvitedAsync(db, receivedAt);
    }

    public static async Task<(string Token, Guid PersonId, Guid InvitationId)> InvitedAsync(FrontDoorDbContext db, DateTimeOffset? receivedAt = null)
    {
        var at = receivedAt ?? FrontDoorAppFactory.Now.AddDays(-2);
        var person = new Person(Guid.CreateVersion7(), new PersonName("Gwendolyn", "Surveyworth"), at);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, Story);
        contact.Open(at);
        contact.MoveToQueue("tier-1", "Arrived", at, ContactEvent.System);
        contact.MatchTo(person.Id);
        contact.Close(ContactOutcome.InformationAndAdvice, at.AddHours(1));
        var (token, hash) = ReplyLinkToken.New();
        var invitation = new SurveyInvitation(Guid.CreateVersion7(), contact.Id, person.Id, hash, at.AddHours(1));
        db.AddRange(person, contact, invitation);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (token, person.Id, invitation.Id);
    }

    /// <summary>Every question answered: satisfied, agreeing with two statements, disagreeing with one, preferring not to say on the last.</summary>
    public static Dictionary<string, string> Answers(string? comment = null) => new()
    {
        ["Satisfaction"] = "4",
        ["RightPersonFirstTime"] = "agree",
        ["InformationHelped"] = "agree",
        ["AdviceHelpsWellbeing"] = "disagree",
        ["ContactSuitsMe"] = "prefer-not-to-say",
        ["Comment"] = comment ?? string.Empty,
    };
}
