using FrontDoor.Core.Messages;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>
/// Where the "we received your request" receipt goes: an email address or a mobile number that the person gave
/// for us to contact them about this request, and no other.
/// </summary>
public sealed record ReceiptAddress
{
    private ReceiptAddress(MessageKind kind, string value) => (Kind, Value) = (kind, value);

    public MessageKind Kind { get; }

    public string Value { get; }

    public static ReceiptAddress Email(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return new(MessageKind.NotifyEmail, address.Trim());
    }

    /// <summary>A text message, so only to a mobile: null for a landline.</summary>
    public static ReceiptAddress? TextMessage(PhoneNumber number) => number.IsMobile ? new(MessageKind.NotifySms, number.Value) : null;
}
