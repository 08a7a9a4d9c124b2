namespace FrontDoor.Core.People;

/// <summary>
/// An address the person lived at before, as the case system showed it: kept when an import moves the person, so a
/// record made back then (a duplicate at the old address) can still be recognised as them.
/// </summary>
/// <param name="Until">The day FrontDoor learned of the move (the import's day), or the case system's own date; null when not known.</param>
public sealed record FormerAddress(PostalAddress Address, DateOnly? Until = null)
{
    /// <summary>Whether <paramref name="other"/> is the same dwelling: the same postcode and the same house number or first line.</summary>
    public static bool SameDwelling(PostalAddress a, PostalAddress other) =>
        a.Postcode == other.Postcode
        && string.Equals(a.HouseNumber ?? a.Line1, other.HouseNumber ?? other.Line1, StringComparison.OrdinalIgnoreCase);
}
