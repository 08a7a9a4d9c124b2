namespace FrontDoor.Core.People;

/// <summary>A person's name as the case system holds it, the name they prefer to be called, and any earlier family name.</summary>
public sealed record PersonName
{
    public const int MaxLength = 100;

    public PersonName(string givenName, string familyName, string? knownAs = null, string? formerFamilyName = null)
    {
        GivenName = Require(givenName, "GivenName", "Enter a first name");
        FamilyName = Require(familyName, "FamilyName", "Enter a last name");
        KnownAs = string.IsNullOrWhiteSpace(knownAs) ? null : Require(knownAs, "KnownAs", "Enter the name they are known by");
        FormerFamilyName = string.IsNullOrWhiteSpace(formerFamilyName) || formerFamilyName.Trim().Equals(FamilyName, StringComparison.OrdinalIgnoreCase)
            ? null
            : Require(formerFamilyName, "FormerFamilyName", "Enter their previous last name");
    }

    public string GivenName { get; }

    public string FamilyName { get; }

    /// <summary>Preferred or known-as name ("Bill" for William), if any.</summary>
    public string? KnownAs { get; }

    /// <summary>
    /// A last name they had before (a maiden name, or the name before a change), if any: records made back then, in
    /// this council or by the police or NHS, carry it, so matching looks for it too.
    /// </summary>
    public string? FormerFamilyName { get; }

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
