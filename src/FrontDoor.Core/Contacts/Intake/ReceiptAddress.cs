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

/// <summary>
/// The completeness receipt a professional sees on screen after sending an e-form, to be emailed to the address they
/// gave on it: what to include next time, in the form's own words. Nothing about the person referred.
/// </summary>
public sealed record ReferralReceipt
{
    public const string NothingMissing = "Nothing: your referral had everything this form asks for.";

    public ReferralReceipt(string email, IReadOnlyList<string> includeNextTime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        Email = email.Trim();
        IncludeNextTime = includeNextTime;
    }

    public string Email { get; }

    public IReadOnlyList<string> IncludeNextTime { get; }

    /// <summary>The list as the email shows it: one to a line, or that nothing was missing.</summary>
    public string IncludeNextTimeText => IncludeNextTime.Count == 0 ? NothingMissing : string.Join("\n", IncludeNextTime.Select(item => "- " + item));
}
