using System.Globalization;
using FrontDoor.Matching;

namespace FrontDoor.Core.People.Matching;

/// <summary>Turns person records into the engine's raw-field form. Ids are the person's Guid in "N" form.</summary>
public static class PersonMatchRecords
{
    public static PersonRecord From(Person person) => new(IdOf(person.Id))
    {
        GivenName = person.Name.GivenName,
        FamilyName = person.Name.FamilyName,
        KnownAs = person.Name.KnownAs,
        FormerFamilyName = person.Name.FormerFamilyName,
        DateOfBirth = person.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        NhsNumber = person.NhsNumber?.Value,
        LasId = person.LasId,
        HouseNumber = person.Address?.HouseNumber,
        AddressLine = StreetOf(person.Address?.Line1),
        Town = person.Address?.Town,
        Postcode = person.Address?.Postcode.Value,
        Phone = person.Phones.Count > 0 ? person.Phones[0].Value : null,
        Email = person.Email,
        PreviousAddresses = PreviousAddressesOf(person),
    };

    /// <summary>The person's former addresses as the engine compares them; null when there are none (most people).</summary>
    public static IReadOnlyList<PreviousAddress>? PreviousAddressesOf(Person person)
    {
        if (person.FormerAddresses.Count == 0)
        {
            return null;
        }

        var addresses = new PreviousAddress[person.FormerAddresses.Count];
        for (var i = 0; i < addresses.Length; i++)
        {
            var address = person.FormerAddresses[i].Address;
            addresses[i] = new PreviousAddress(address.HouseNumber, StreetOf(address.Line1), address.Postcode.Value);
        }

        return addresses;
    }

    public static string IdOf(Guid personId) => personId.ToString("N");

    public static Guid PersonIdOf(string recordId) => Guid.ParseExact(recordId, "N");

    /// <summary>"12 High Street" → "High Street": the house number is compared on its own.</summary>
    public static string? StreetOf(string? line1)
    {
        if (string.IsNullOrWhiteSpace(line1))
        {
            return null;
        }

        var parts = line1.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && char.IsAsciiDigit(parts[0][0]) ? parts[1].TrimStart(',', ' ') : line1.Trim();
    }
}
