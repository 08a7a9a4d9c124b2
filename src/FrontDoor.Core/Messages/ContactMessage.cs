namespace FrontDoor.Core.Messages;

/// <summary>
/// A message about a contact as its timeline shows it: which template, to whom (masked) and how it stands. Never the
/// message's content, nor the refusal's text, which may quote the address.
/// </summary>
public sealed record ContactMessage(Guid Id, MessageKind Kind, string Template, string MaskedRecipient, MessageStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset UpdatedAt)
{
    public static ContactMessage Of(OutboxMessage message) =>
        new(message.Id, message.Kind, message.Template, Masked(message.Kind, message.Recipient), message.Status, message.Attempts, message.CreatedAt, message.SentAt, message.UpdatedAt)
        {
            DeliveredAt = message.DeliveredAt,
        };

    /// <summary>When the other side delivered it, by its own clock where it said (Notify's <c>completed_at</c>).</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>
    /// When the message came to stand as it does, where that is worth showing: sent, delivered, or failed after it
    /// was sent (Notify's delivery receipt said so, recorded as it came).
    /// </summary>
    public DateTimeOffset? StatusAt => Status switch
    {
        MessageStatus.Sent => SentAt,
        MessageStatus.Delivered => DeliveredAt ?? UpdatedAt,
        MessageStatus.Failed when SentAt is not null => UpdatedAt,
        _ => null,
    };

    /// <summary>Enough for staff to tell which of the person's addresses it went to: "m…@example.org", "mobile ending 123".</summary>
    public static string Masked(MessageKind kind, string recipient)
    {
        switch (kind)
        {
            case MessageKind.NotifyEmail:
                var at = recipient.LastIndexOf('@');
                return at > 0 ? $"{recipient[0]}…{recipient[at..]}" : "an email address";
            case MessageKind.NotifySms:
                var digits = new string([.. recipient.Where(char.IsAsciiDigit)]);
                return digits.Length >= 3 ? $"mobile ending {digits[^3..]}" : "a mobile number";
            default:
                // A webhook's recipient is a subscription's name, not anyone's address.
                return recipient;
        }
    }
}
