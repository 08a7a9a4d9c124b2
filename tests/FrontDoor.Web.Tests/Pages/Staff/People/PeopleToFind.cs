using FrontDoor.Core.People;
using FrontDoor.Core.Teams;
using FrontDoor.TestCommon.Databases;

namespace FrontDoor.Web.Tests.Pages.Staff.People;

/// <summary>One allocated person (with a maiden name on record) and a namesake, saved before the app starts so its person index holds them.</summary>
internal sealed record PeopleToFind(Guid Doris, Guid Dennis)
{
    public static async Task<PeopleToFind> SaveAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var created = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var team = new Team(Guid.NewGuid(), "Melton Community Team", PhoneNumber.Parse("01632 960 002"), "melton@example.gov.uk", OpeningHours.OfficeHours);
        var worker = new Worker(Guid.NewGuid(), "Priya Shah", WorkerRole.OccupationalTherapist, team.Id, null);
        var doris = Person("Doris", "Whitworth", new DateOnly(1944, 8, 14), "LE13 1AB", "4010232137", formerFamily: "Pickering");
        var dennis = Person("Dennis", "Whitworth", new DateOnly(1942, 2, 1), "LE13 1AB", null);
        db.AddRange(team, worker, doris, dennis);
        db.Allocations.Add(new Allocation(Guid.NewGuid(), doris.Id, worker.Id, team.Id, new DateOnly(2025, 9, 1), created));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new PeopleToFind(doris.Id, dennis.Id);

        Person Person(string given, string family, DateOnly dateOfBirth, string postcode, string? nhsNumber, string? formerFamily = null)
        {
            var person = new Person(Guid.NewGuid(), new PersonName(given, family, formerFamilyName: formerFamily), created);
            person.SetDateOfBirth(dateOfBirth, created);
            person.MoveTo(new PostalAddress("4 Nottingham Road", null, "Melton Mowbray", UkPostcode.Parse(postcode)), created);
            if (nhsNumber is not null)
            {
                person.SetNhsNumber(NhsNumber.Parse(nhsNumber), created);
            }

            return person;
        }
    }
}
