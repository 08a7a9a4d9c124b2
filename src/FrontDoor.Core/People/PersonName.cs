namespace FrontDoor.Core.People;

/// <summary>A person's name as the case system holds it, and the name they prefer to be called.</summary>
public sealed record PersonName
{
    public const int MaxLength = 100;

    public PersonName(string givenName, string familyName, string? knownAs = null)
    {
        GivenName = Require(givenName, "GivenName", "Enter a first name");
        FamilyName = Require(familyName, "FamilyName", "Enter a last name");
        KnownAs = string.IsNullOrWhiteSpace(knownAs) ? null : Require(knownAs, "KnownAs", "Enter the name they are known by");
    }

    public string GivenName { get; }

    public string FamilyName { get; }

    /// <summary>Preferred or known-as name ("Bill" for William), if any.</summary>
    public string? KnownAs { get; }

    /// <summary>What to call them on screen: "William (Bill) Smith".</summary>
    public string Display => KnownAs is null || KnownAs.Equals(GivenName, StringComparison.OrdinalIgnoreCase)
        ? $"{GivenName} {FamilyName}"
        : $"{GivenName} ({KnownAs}) {FamilyName}";

    public override string ToString() => Display;

    private static string Require(string value, string field, string missing)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainValidationException(field, missing);
        }

        if (trimmed.Length > MaxLength)
        {
            throw new DomainValidationException(field, $"Name must be {MaxLength} characters or fewer");
        }

        return trimmed;
    }
}
