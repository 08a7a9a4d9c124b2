namespace FrontDoor.Matching;

/// <summary>
/// One person as a source system holds them: raw strings, exactly as typed. Nothing is validated here;
/// the engine normalises once when the record is indexed or compared, and treats unreadable values as missing.
/// </summary>
public sealed record PersonRecord(string Id)
{
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    /// <summary>
    /// A family name the person had before (a maiden name, or the name before any change): records made back then
    /// carry it as their family name.
    /// </summary>
    public string? FormerFamilyName { get; init; }
    /// <summary>The name the person prefers ("Bill" for William); compared as a given name.</summary>
    public string? KnownAs { get; init; }
    /// <summary>DD/MM/YYYY, YYYY-MM-DD or YYYYMMDD; partial or impossible dates count as partial evidence.</summary>
    public string? DateOfBirth { get; init; }
    public string? NhsNumber { get; init; }
    /// <summary>A national identifier without a check digit (FEBRL's soc_sec_id); compared allowing one typo.</summary>
    public string? NationalId { get; init; }
    /// <summary>The person's id in the council's case management system.</summary>
    public string? LasId { get; init; }
    public string? HouseNumber { get; init; }
    /// <summary>Street and any building or sub-locality name.</summary>
    public string? AddressLine { get; init; }
    public string? Town { get; init; }
    public string? Postcode { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>
    /// Addresses the person lived at before, as the case system keeps them (newest first; null or empty when none is
    /// known). A record made back then carries one of them as its address: that agreement is compared as a level of the
    /// postcode (<c>PreviousAddress</c>), evidence strangers rarely share.
    /// </summary>
    public IReadOnlyList<PreviousAddress>? PreviousAddresses { get; init; }

    /// <summary>
    /// Anything the caller wants back with this record's candidates, untouched by the engine (FrontDoor keeps what a
    /// search result shows here), so a result can be shown without looking the record up again.
    /// </summary>
    public object? Tag { get; init; }
}

/// <summary>An address a person lived at before. Only the postcode and house number are compared; the street is read for a number at its start.</summary>
public sealed record PreviousAddress(string? HouseNumber, string? AddressLine, string? Postcode);
