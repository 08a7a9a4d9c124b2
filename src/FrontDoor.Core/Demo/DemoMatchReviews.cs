using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching;
using FrontDoor.Matching.Model;

namespace FrontDoor.Core.Demo;

/// <summary>
/// Demo contacts that arrived with too little to be sure who they are about are matched as intake matches: the
/// caller's partial description goes through the real engine against the people on record when the contact
/// arrived, and the contact takes the engine's decision and explanation, stored exactly as intake stores them.
/// </summary>
internal sealed class DemoMatchReviews(DemoRandom random, MatchOptions options)
{
    public const string Stage = "Matching contacts for review";

    // The model is learned from the county as the web app learns it, on a smaller sample (a tenth of the random
    // pairs, a fifth of the EM records): a couple of seconds for 50,000 people instead of ten or more.
    private static readonly EstimationOptions Estimation = new() { RandomPairs = 200_000, MaxEmRecords = 5_000 };

    public void Run(IReadOnlyList<DemoPerson> people, IReadOnlyList<(Contact Contact, Person About)> awaiting, IProgress<DemoSeedProgress>? progress)
    {
        if (awaiting.Count == 0)
        {
            return;
        }

        progress?.Report(new DemoSeedProgress(Stage, 0, awaiting.Count));
        var inOrder = awaiting.OrderBy(a => a.Contact.ReceivedAt).ToList();

        // People join the index as they came on record, so no contact is matched with someone not yet known.
        var byCreation = people.Select(p => p.Person).OrderBy(p => p.CreatedAt).ToList();
        var known = byCreation.TakeWhile(p => p.CreatedAt <= inOrder[0].Contact.ReceivedAt).Count();
        using var index = PersonIndex.Build(byCreation.Take(known).Select(PersonMatchRecords.From).ToList(), options: options, estimation: Estimation);
        for (var i = 0; i < inOrder.Count; i++)
        {
            var (contact, about) = inOrder[i];
            for (; known < byCreation.Count && byCreation[known].CreatedAt <= contact.ReceivedAt; known++)
            {
                index.Add(PersonMatchRecords.From(byCreation[known]));
            }

            var reported = Describe(about).Normalised();
            contact.UpdateReportedPerson(reported);
            contact.RecordMatch(ProbabilisticContactMatcher.Decide(index, reported));
            progress?.Report(new DemoSeedProgress(Stage, i + 1, awaiting.Count));
        }
    }

    /// <summary>What a caller knows: the name the person goes by and roughly where or when, seldom an identifier.</summary>
    private ReportedPerson Describe(Person person)
    {
        var name = person.Name;
        var given = name.KnownAs
            ?? (UkNames.Diminutives.TryGetValue(name.GivenName, out var diminutives) && random.Chance(0.5) ? random.Pick(diminutives) : name.GivenName);
        var reported = new ReportedPerson { GivenName = given, FamilyName = name.FamilyName, Town = person.Address?.Town };
        if (person.Phones.Count > 0 && random.Chance(0.5))
        {
            // Someone who rings them: knows the number they answer, not the birthday.
            return reported with { Phone = person.Phones[0].National };
        }

        // A relative, a little unsure: the day and month the wrong way round, or a day out.
        if (person.DateOfBirth is not { } dob)
        {
            return reported;
        }

        var remembered = dob.Day <= 12 && dob.Day != dob.Month ? new DateOnly(dob.Year, dob.Day, dob.Month) : dob.AddDays(random.Chance(0.5) ? 1 : -1);
        return reported with { DateOfBirthAsGiven = remembered.ToString("d/M/yyyy", CultureInfo.InvariantCulture), DateOfBirth = remembered };
    }
}
