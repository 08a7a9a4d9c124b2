using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.Teams;
using FrontDoor.TestCommon.Databases;

namespace FrontDoor.Web.Tests.Pages.Portal.AllocatedWorker;

/// <summary>
/// Doris, allocated to Priya Shah of the Melton Community Team, with a mobile and a landline on record; Dennis, held by
/// nobody. Saved before the app starts, as the case-system import would have left them.
/// </summary>
public sealed record PeopleWithWorkers(Guid Doris, Guid Dennis)
{
    public const string DorisReference = "1000123";
    public const string DorisNhsNumber = "4010232137";
    public const string DorisMobile = "+447700900456";
    public static readonly DateOnly DorisBorn = new(1944, 8, 14);

    public const string DennisReference = "1000456";
    public static readonly DateOnly DennisBorn = new(1942, 2, 1);

    public static async Task<PeopleWithWorkers> SaveAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateDbContext();
        return await SaveAsync(db);
    }

    public static async Task<PeopleWithWorkers> SaveAsync(FrontDoorDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var created = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var team = new Team(Guid.NewGuid(), "Melton Community Team", PhoneNumber.Parse("01632 960 002"), "melton@example.gov.uk", OpeningHours.OfficeHours);
        var worker = new Worker(Guid.NewGuid(), "Priya Shah", WorkerRole.OccupationalTherapist, team.Id, null);
        var doris = Person("Doris", "Whitworth", DorisBorn, DorisReference, DorisNhsNumber);
        doris.SetPhones([PhoneNumber.Parse("01664 500 123"), PhoneNumber.Parse(DorisMobile)], created);
        var dennis = Person("Dennis", "Whitworth", DennisBorn, DennisReference, null);
        db.AddRange(team, worker, doris, dennis);
        db.Allocations.Add(new Allocation(Guid.NewGuid(), doris.Id, worker.Id, team.Id, new DateOnly(2025, 9, 1), created));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new PeopleWithWorkers(doris.Id, dennis.Id);

        Person Person(string given, string family, DateOnly dateOfBirth, string reference, string? nhsNumber)
        {
            var person = new Person(Guid.NewGuid(), new PersonName(given, family), created);
            person.SetDateOfBirth(dateOfBirth, created);
            person.SetLasId(reference, created);
            if (nhsNumber is not null)
            {
                person.SetNhsNumber(NhsNumber.Parse(nhsNumber), created);
            }

            return person;
        }
    }

    public static Dictionary<string, string> Answers(string number, DateOnly dateOfBirth) => new()
    {
        ["Number"] = number,
        ["DateOfBirth.Day"] = dateOfBirth.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DateOfBirth.Month"] = dateOfBirth.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DateOfBirth.Year"] = dateOfBirth.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
