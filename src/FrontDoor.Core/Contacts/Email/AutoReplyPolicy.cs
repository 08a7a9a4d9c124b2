using MimeKit;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>
/// Whether an email may be answered automatically, and to which address. RFC 3834's rules against mail loops: never
/// to mail that says it was sent automatically (<c>Auto-Submitted</c> other than <c>no</c>), bulk or list mail
/// (<c>Precedence: bulk, list, junk</c>, <c>List-Id</c>), a bounce (an empty <c>Return-Path</c>), nor to an address
/// that takes no replies (no-reply, mailer-daemon, postmaster).
/// </summary>
public static class AutoReplyPolicy
{
    private static readonly string[] NoReplyLocalParts = ["noreply", "donotreply", "mailerdaemon", "postmaster", "bounce", "bounces"];

    /// <summary>The sender's address to answer, or null when the email must not be answered automatically.</summary>
    public static string? ReplyAddress(MimeMessage message, string? senderAddress)
    {
        if (string.IsNullOrWhiteSpace(senderAddress) || !System.Net.Mail.MailAddress.TryCreate(senderAddress, out var address) || address.Address != senderAddress)
        {
            return null;
        }

        var autoSubmitted = message.Headers[HeaderId.AutoSubmitted];
        if (autoSubmitted is not null && !string.Equals(FirstToken(autoSubmitted), "no", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (FirstToken(message.Headers[HeaderId.Precedence]) is { } precedence && precedence.ToLowerInvariant() is "bulk" or "list" or "junk")
        {
            return null;
        }

        // Microsoft's own flag on mail that asks not to be answered automatically.
        if (message.Headers.Contains(HeaderId.ListId) || (message.Headers["X-Auto-Response-Suppress"] is { } suppress && (suppress.Contains("All", StringComparison.OrdinalIgnoreCase) || suppress.Contains("AutoReply", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        // "Return-Path: <>" marks a delivery report: answering it is how loops start.
        if (message.Headers[HeaderId.ReturnPath] is { } returnPath && returnPath.Trim() is "<>" or "")
        {
            return null;
        }

        var localPart = new string([.. address.User.Where(char.IsAsciiLetterOrDigit)]).ToLowerInvariant();
        return NoReplyLocalParts.Any(noReply => localPart.StartsWith(noReply, StringComparison.Ordinal)) ? null : senderAddress;
    }

    // "auto-replied; owner-email=…": only the keyword before any parameters counts.
    private static string? FirstToken(string? header) =>
        header?.Split(';', 2)[0].Trim() is { Length: > 0 } token ? token : null;
}
