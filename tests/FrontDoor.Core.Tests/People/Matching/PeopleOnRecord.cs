using FrontDoor.Core.People;

namespace FrontDoor.Core.Tests.People.Matching;

/// <summary>Person records as the case system would hold them, for the matching tests.</summary>
internal static class PeopleOnRecord
{
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static Person Person(string given, string family, DateOnly dob, string? nhs, string line1, string postcode)
    {
        var person = new Person(Guid.CreateVersion7(), new PersonName(given, family), Now);
        person.SetDateOfBirth(dob, Now);
        if (nhs is not null)
        {
            person.SetNhsNumber(NhsNumber.Parse(nhs), Now);
        }

        person.MoveTo(new PostalAddress(line1, null, "Loughborough", UkPostcode.Parse(postcode)), Now);
        return person;
    }
}
