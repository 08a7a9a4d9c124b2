namespace FrontDoor.Core;

/// <summary>A domain rule refused a value; <see cref="Field"/> names what to fix.</summary>
public sealed class DomainValidationException : Exception
{
    public DomainValidationException(string field, string message)
        : base(message) => Field = field;

    public DomainValidationException()
    {
        Field = string.Empty;
    }

    public DomainValidationException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    public DomainValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    public string Field { get; }
}
