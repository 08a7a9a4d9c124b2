namespace FrontDoor.Core;

/// <summary>Configuration FrontDoor cannot start with. The message is one line that says what to fix.</summary>
public sealed class InvalidConfigurationException : Exception
{
    public InvalidConfigurationException()
    {
    }

    public InvalidConfigurationException(string message)
        : base(message)
    {
    }

    public InvalidConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
