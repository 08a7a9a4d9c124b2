namespace FrontDoor.Matching.Io;

/// <summary>A CSV file that is not in the expected layout; <see cref="LineNumber"/> is 1-based (the header is line 1).</summary>
public sealed class CsvFormatException : FormatException
{
    public CsvFormatException()
    {
    }

    public CsvFormatException(string message)
        : base(message)
    {
    }

    public CsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CsvFormatException(int lineNumber, string message)
        : base($"line {lineNumber}: {message}") => LineNumber = lineNumber;

    public int LineNumber { get; }
}
