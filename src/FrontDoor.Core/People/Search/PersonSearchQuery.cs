using FrontDoor.Matching;

namespace FrontDoor.Core.People.Search;

/// <summary>
/// What an advisor typed into the one search box, read into the engine's fields, with sentences saying what was
/// understood ("date of birth 2 March 1948") and what was ignored and why ("31/02/1950 is not a real date").
/// </summary>
public sealed record PersonSearchQuery(string Text, PersonRecord Record, IReadOnlyList<string> Understood, IReadOnlyList<string> Ignored)
{
    /// <summary>The most an advisor can type; longer text is cut here and the rest ignored.</summary>
    public const int MaxLength = 200;

    /// <summary>An outward code on its own ("LE11"): the engine compares full postcodes, so this narrows the results instead.</summary>
    public string? PostcodeDistrict { get; init; }

    /// <summary>A year of birth typed on its own, without a whole date: results born that year come first.</summary>
    public int? BirthYear { get; init; }

    public bool HasName => Record.GivenName is not null || Record.FamilyName is not null;

    /// <summary>True when there is nothing but a name to go on, which the engine's blocking may not find on its own.</summary>
    public bool IsNameOnly => HasName && Record is
    {
        DateOfBirth: null, NhsNumber: null, LasId: null, Postcode: null, Phone: null, Email: null,
    };

    /// <summary>True when nothing searchable was found (empty, emoji, only invalid values).</summary>
    public bool IsEmpty => !HasName && PostcodeDistrict is null && Record is
    {
        DateOfBirth: null, NhsNumber: null, LasId: null, Postcode: null, Phone: null, Email: null,
    };
}
