using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.Teams;

namespace FrontDoor.Core.Tests.People.Search;

/// <summary>A few people a search must tell apart, one of them allocated, saved for one test.</summary>
internal sealed record SearchTestPeople(Guid William, Guid Wilfred, Guid Mary, Guid Margaret)
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static async Task<SearchTestPeople> SaveAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        var created = Now.AddYears(-2);
        var team = new Team(Guid.NewGuid(), "Charnwood Community Team", PhoneNumber.Parse("01632 960 001"), "charnwood@example.gov.uk", OpeningHours.OfficeHours);
        var worker = new Worker(Guid.NewGuid(), "Sam Okoro", WorkerRole.SocialWorker, team.Id, null);

        var william = NewPerson("William", "Hargreaves", new DateOnly(1948, 3, 7), "LE11 2TP", "9434765919", "1000123");
        var wilfred = NewPerson("Wilfred", "Hargreaves", new DateOnly(1951, 11, 20), "LE11 2TP", null, "1000124");
        var mary = NewPerson("Mary", "Smith", new DateOnly(1940, 5, 5), "LE1 6ZG", null, "1000125");
        var margaret = NewPerson("Margaret", "SMITHSON", new DateOnly(1939, 1, 9), "LE1 6ZG", null, "1000126");
        db.AddRange(team, worker, william, wilfred, mary, margaret);
        db.Allocations.Add(new Allocation(Guid.NewGuid(), william.Id, worker.Id, team.Id, new DateOnly(2025, 6, 1), created));
        // An ended allocation must not show as current.
        db.Allocations.Add(new Allocation(Guid.NewGuid(), mary.Id, null, team.Id, new DateOnly(2024, 1, 1), created, new DateOnly(2024, 6, 1)));

        // Strangers, so the index holds more than the people under test.
        string[] given = ["John", "Susan", "Peter", "Helen", "David", "Ann", "Robert", "Joyce"];
        string[] family = ["Patel", "Brown", "Taylor", "Wilson", "Evans", "Khan", "Walker", "Wright"];
        for (var i = 0; i < 40; i++)
        {
            db.People.Add(NewPerson(given[i % given.Length], family[i * 3 % family.Length], new DateOnly(1930 + i, (i % 12) + 1, (i % 27) + 1), $"LE{(i % 9) + 2} {(i % 9) + 1}AB", null, $"2000{i:000}"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SearchTestPeople(william.Id, wilfred.Id, mary.Id, margaret.Id);

        Person NewPerson(string givenName, string familyName, DateOnly dateOfBirth, string postcode, string? nhsNumber, string lasId)
        {
            var person = new Person(Guid.NewGuid(), new PersonName(givenName, familyName), created);
            person.SetDateOfBirth(dateOfBirth, created);
            person.MoveTo(new PostalAddress("12 High Street", null, "Loughborough", UkPostcode.Parse(postcode)), created);
            person.SetLasId(lasId, created);
            if (nhsNumber is not null)
            {
                person.SetNhsNumber(NhsNumber.Parse(nhsNumber), created);
            }

            return person;
        }
    }
}
