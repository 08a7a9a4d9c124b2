using FrontDoor.Matching;

namespace FrontDoor.Core.Demo;

/// <summary>What demo county to build.</summary>
public sealed record DemoCountyOptions
{
    public const int MaxPeople = 2_000_000;

    public DemoCountyOptions(int people, int seed, DateOnly until, int? contactsPerMonth = null, int months = 12)
    {
        if (people is < 10 or > MaxPeople)
        {
            throw new ArgumentOutOfRangeException(nameof(people), people, $"People must be between 10 and {MaxPeople:N0}.");
        }

        if (months is < 1 or > 36)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, "Months must be between 1 and 36.");
        }

        if (contactsPerMonth is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(contactsPerMonth), contactsPerMonth, "Contacts per month cannot be negative.");
        }

        People = people;
        Seed = seed;
        Until = until;
        Months = months;

        // Leicestershire's baseline: about 10,000 contacts a month for a county of this shape.
        ContactsPerMonth = contactsPerMonth ?? Math.Max(1, people / 5);
    }

    public int People { get; }

    public int Seed { get; }

    /// <summary>The last day of the year of contacts; fixed so that the same seed gives the same county.</summary>
    public DateOnly Until { get; }

    public int Months { get; }

    public int ContactsPerMonth { get; }

    /// <summary>
    /// Of the people made, the share who are recorded a second time with a case system's errors (2% by default, as a
    /// county's index holds; the matching tests also try a clean index and a badly kept one).
    /// </summary>
    public double DuplicateShare
    {
        get;
        init => field = value is >= 0 and <= 0.5 ? value : throw new ArgumentOutOfRangeException(nameof(DuplicateShare), value, "The duplicate share must be between 0 and 0.5.");
    } = 0.02;

    /// <summary>How often the case system knows where people lived before.</summary>
    public DemoAddressHistory AddressHistory { get; init; } = new();

    /// <summary>The matching bands the demo's contacts awaiting review are decided with: the app's own.</summary>
    public MatchOptions Matching { get; init; } = new();

    /// <summary>About 40 teams and 300 workers for 50,000 people; at least a handful for a small demo.</summary>
    public int Teams => Math.Clamp(People / 1_250, 8, DemoTeams.Catalogue.Count);

    public int Workers => Math.Clamp(People * 3 / 500, Teams * 3, 5_000);
}

/// <summary>
/// How often the demo county's people carry a former address (the case system's address history). Not every move is
/// known: a second record made after a move holds the address before only when the office that made it learned it.
/// </summary>
public sealed record DemoAddressHistory
{
    /// <summary>Of duplicates made at a new address (the person moved), the share whose record holds the address before. 60% by default.</summary>
    public double MovedDuplicateFormerAddressShare
    {
        get;
        init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MovedDuplicateFormerAddressShare), value, "The share must be between 0 and 1.");
    } = 0.6;

    /// <summary>Of everyone else, the share with one former address on record (somewhere random, as people move). 20% by default.</summary>
    public double FormerAddressShare
    {
        get;
        init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(FormerAddressShare), value, "The share must be between 0 and 1.");
    } = 0.2;
}
