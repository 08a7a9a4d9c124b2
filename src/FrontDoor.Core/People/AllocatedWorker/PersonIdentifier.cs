namespace FrontDoor.Core.People.AllocatedWorker;

public enum PersonIdentifierKind
{
    /// <summary>The case-system id printed on the council's letters (the LAS ID).</summary>
    Reference,
    NhsNumber,
}

/// <summary>The number someone gives to find their own record: the reference on our letters or their NHS number.</summary>
public sealed record PersonIdentifier
{
    private PersonIdentifier(PersonIdentifierKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    public PersonIdentifierKind Kind { get; }

    /// <summary>As stored on the person: the reference in capitals, the NHS number's ten digits.</summary>
    public string Value { get; }

    /// <summary>One string per identifier, for counting the attempts against it.</summary>
    public string Key => (Kind == PersonIdentifierKind.NhsNumber ? "nhs:" : "ref:") + Value;

    public static PersonIdentifier FromNhsNumber(NhsNumber number) => new(PersonIdentifierKind.NhsNumber, number.Value);

    /// <summary>The reference as people copy it from a letter: spaces ignored, any case. Null with an error in GOV.UK words.</summary>
    public static PersonIdentifier? ParseReference(string? input, out string error)
    {
        var compact = string.Concat((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length == 0)
        {
            error = "Enter the reference number from your letter";
            return null;
        }

        if (compact.Length > Person.MaxLasIdLength || !compact.All(char.IsAsciiLetterOrDigit))
        {
            error = $"Reference number must be {Person.MaxLasIdLength} letters and numbers or fewer, like on your letter";
            return null;
        }

        error = string.Empty;
        return new(PersonIdentifierKind.Reference, compact.ToUpperInvariant());
    }

    public static PersonIdentifier? ParseNhsNumber(string? input, out string error) =>
        NhsNumber.TryParse(input, out var number, out error) ? FromNhsNumber(number) : null;
}
