namespace FrontDoor.Core.People.Search;

/// <summary>What a search found, best first, and how the query was read.</summary>
public sealed record PersonSearchResults(PersonSearchQuery Query, IReadOnlyList<PersonSearchResult> People, bool NameOnlySearch)
{
    /// <summary>How many people the search found in all: a search by name only may find more than one page shows.</summary>
    public int TotalFound { get; init; }

    /// <summary>Which page of them <see cref="People"/> is, from 1.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 1;

    public bool HasNextPage => Page * PageSize < TotalFound;
}

/// <summary>One person found: who they are, how strongly they match and why, and who holds them now.</summary>
public sealed record PersonSearchResult(
    Guid PersonId,
    string Name,
    string? KnownAs,
    string? FormerFamilyName,
    DateOnly? DateOfBirth,
    int? Age,
    string? Postcode,
    string? NhsNumber,
    string? LasId,
    double? Probability,
    MatchStrength Strength,
    IReadOnlyList<string> Explanation,
    AllocationStatus Allocation)
{
    /// <summary>"Very likely", "Possible", "Unlikely" or "Name only": the words an advisor reads.</summary>
    public string StrengthText => Strength switch
    {
        MatchStrength.VeryLikely => "Very likely",
        MatchStrength.Possible => "Possible",
        MatchStrength.Unlikely => "Unlikely",
        _ => "Name only",
    };
}

/// <summary>The engine's bands in an advisor's words; <see cref="NameOnly"/> for the database's name fallback, which has no probability.</summary>
public enum MatchStrength
{
    NameOnly,
    Unlikely,
    Possible,
    VeryLikely,
}
