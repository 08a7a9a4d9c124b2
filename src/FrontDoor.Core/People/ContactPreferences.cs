namespace FrontDoor.Core.People;

public enum PreferredChannel
{
    Phone,
    Email,
    Letter,
    TextMessage,
}

/// <summary>How someone wants to hear from the council, and whether they agreed to text messages.</summary>
public sealed record ContactPreferences(PreferredChannel PreferredChannel = PreferredChannel.Phone, bool ConsentsToSms = false)
{
    public static ContactPreferences Default { get; } = new();
}
