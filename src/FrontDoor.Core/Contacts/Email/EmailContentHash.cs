using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>
/// The identity of what an email says, to tell a message read (or delivered) again from a different email that
/// reuses its Message-ID. It covers what the contact is made from — sender, subject, text and attachments — and
/// not how the message travelled: trace headers, the Date a resend restamps and MIME boundaries differ between
/// deliveries of one email, while the raw bytes of one IMAP message never change, so either way it is stable.
/// </summary>
public static class EmailContentHash
{
    public const int Length = 64;

    /// <summary>Lower-case hex SHA-256; of the raw bytes when they are not an email at all.</summary>
    public static string Of(MimeMessage? message, byte[] raw)
    {
        if (message is null)
        {
            return Convert.ToHexStringLower(SHA256.HashData(raw));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, string.Join(",", message.From.Mailboxes.Select(m => m.Address.ToLowerInvariant())));
        Add(hash, message.Subject);
        Add(hash, message.TextBody);
        Add(hash, message.HtmlBody);
        foreach (var entity in message.Attachments)
        {
            using var content = new MemoryStream();
            switch (entity)
            {
                case MimePart part when part.Content is not null:
                    Add(hash, part.FileName);
                    part.Content.DecodeTo(content);
                    break;
                case MessagePart { Message: { } forwarded }:
                    Add(hash, forwarded.MessageId);
                    forwarded.WriteTo(content);
                    break;
            }

            Add(hash, Convert.ToHexStringLower(SHA256.HashData(content.ToArray())));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Length-prefixed, so moving text from the subject to the body changes the hash; line endings are
    // normalised because a relay may rewrite them.
    private static void Add(IncrementalHash hash, string? text)
    {
        var bytes = Encoding.UTF8.GetBytes((text ?? string.Empty).ReplaceLineEndings("\n").Trim());
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
