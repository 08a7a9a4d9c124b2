using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Comparison;

/// <summary>
/// A <see cref="PersonRecord"/> normalised once into the compact form comparisons and blocking use.
/// Raw strings are not kept: a million of these must fit in a few hundred megabytes.
/// </summary>
internal sealed class PreparedRecord
{
    public required string Id { get; init; }
    public NameToken? Given { get; init; }
    public NameToken? KnownAs { get; init; }
    public NameToken? Family { get; init; }
    public NameToken? FormerFamily { get; init; }
    public PartialDate DateOfBirth { get; init; }
    public long NhsNumber { get; init; }
    public NhsNumberCheck.Status NhsStatus { get; init; }
    public string? NationalId { get; init; }
    public string? LasId { get; init; }
    public string? HouseNumber { get; init; }
    public NameToken? Street { get; init; }
    public NameToken? Town { get; init; }
    public Postcode? Postcode { get; init; }
    public long Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>Where the person lived before, newest first; null when none is known (most records: no array is kept for them).</summary>
    public PreparedAddress[]? PreviousAddresses { get; init; }

    /// <summary>The caller's <see cref="PersonRecord.Tag"/>, handed back with the record's candidates.</summary>
    public object? Tag { get; init; }

    /// <summary>Fields that had text which could not be read (emoji-only names, bad phone numbers...), as bits by <see cref="MatchField"/>.</summary>
    public int Unreadable { get; init; }

    public bool IsUnreadable(MatchField field) => (Unreadable & (1 << (int)field)) != 0;
}

/// <summary>A previous address as compared: its postcode (shared with the index's other postcodes) and house number.</summary>
internal readonly record struct PreparedAddress(Postcode Postcode, string? HouseNumber);
