namespace FrontDoor.Core.People.Search;

/// <summary>
/// What a search result shows of a person. The person index carries one beside each match record, so type-ahead
/// answers from memory; opening the record reads the database.
/// </summary>
/// <param name="Postcode">In its normal form ("LE11 2TP").</param>
public sealed record PersonListing(Guid Id, PersonName Name, DateOnly? DateOfBirth, string? Postcode, NhsNumber? NhsNumber, string? LasId)
{
    public static PersonListing Of(Person person) => new(
        person.Id,
        // A county's names and postcodes repeat thousands of times over; a million listings share one copy of each.
        new PersonName(
            string.Intern(person.Name.GivenName),
            string.Intern(person.Name.FamilyName),
            person.Name.KnownAs is { } knownAs ? string.Intern(knownAs) : null,
            person.Name.FormerFamilyName is { } former ? string.Intern(former) : null),
        person.DateOfBirth,
        person.Address?.Postcode.Value is { } postcode ? string.Intern(postcode) : null,
        person.NhsNumber,
        person.LasId);

    public bool IsInDistrict(string district) =>
        Postcode is { } postcode && postcode.Length > district.Length && postcode.StartsWith(district, StringComparison.Ordinal) && postcode[district.Length] == ' ';
}
