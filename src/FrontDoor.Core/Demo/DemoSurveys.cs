using FrontDoor.Core.Contacts;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Demo;

/// <summary>
/// The feedback surveys the demo county's closed contacts were texted, and the answers about a quarter of people gave,
/// so the dashboard's feedback figures are real on a fresh clone. The same rules as the live invitation: never for
/// safeguarding, never without a mobile on the person's record, never after the person said "do not ask me again".
/// Nobody holds a demo link's token: only its hash is made, as for a real one.
/// </summary>
internal sealed class DemoSurveys(DemoRandom random)
{
    private const double AnsweredShare = 0.27;
    private const double CommentShare = 0.35;
    private const double DeclineShare = 0.04;

    private static readonly (int Satisfaction, double Weight)[] Satisfaction = [(5, 38), (4, 30), (3, 12), (2, 11), (1, 9)];

    private static readonly string[] PleasedComments =
    [
        "The advisor listened and knew exactly who I needed to speak to.",
        "Quick and kind. I did not have to repeat myself.",
        "The information about day centres was just what Mum needed.",
        "Thank you for calling back when you said you would.",
    ];

    private static readonly string[] UnhappyComments =
    [
        "I waited a long time on the phone before anyone answered.",
        "I was passed between teams and had to tell my story twice.",
        "Nobody rang me back about the equipment.",
        "The website form was hard to use on my phone.",
    ];

    /// <param name="contacts">In the order they arrived, so a "do not ask me again" stops the person's later invitations.</param>
    public List<SurveyInvitation> Generate(IReadOnlyList<Contact> contacts, IReadOnlyList<DemoPerson> people)
    {
        var byId = people.ToDictionary(p => p.Person.Id, p => p.Person);
        var invitations = new List<SurveyInvitation>();
        foreach (var contact in contacts.OrderBy(c => c.ClosedAt))
        {
            if (contact is not { Status: ContactStatus.Closed, ClosedAt: { } closedAt, PersonId: { } personId }
                || contact.Outcome == ContactOutcome.ReferredToSafeguarding
                || !byId.TryGetValue(personId, out var person) || person.DeclinesSurveys || !person.Phones.Any(p => p.IsMobile))
            {
                continue;
            }

            var invitation = new SurveyInvitation(random.NextGuid(), contact.Id, personId, ReplyLinkToken.HashOf(random.NextGuid().ToString("N")), closedAt);
            invitations.Add(invitation);
            if (random.Chance(AnsweredShare))
            {
                Answer(invitation, person, closedAt.AddHours(random.Between(1, 72)));
            }
        }

        return invitations;
    }

    private void Answer(SurveyInvitation invitation, Person person, DateTimeOffset answeredAt)
    {
        var satisfaction = random.PickWeighted(Satisfaction);

        // Agreement follows satisfaction, not always: a satisfied person may still not have got through first time.
        var agreeChance = satisfaction switch { 5 => 0.9, 4 => 0.75, 3 => 0.45, 2 => 0.2, _ => 0.1 };
        bool?[] statements = [.. IStatements.All.Select(_ => random.Chance(0.08) ? (bool?)null : random.Chance(agreeChance))];
        var comment = random.Chance(CommentShare) ? random.Pick(satisfaction >= 4 ? PleasedComments : UnhappyComments) : null;
        invitation.Answer(new SurveyAnswers(satisfaction, statements, comment), answeredAt);
        if (random.Chance(DeclineShare))
        {
            person.DeclineSurveys(answeredAt);
        }
    }
}
