using System.Security.Cryptography;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>What one pass over the mailbox did.</summary>
/// <param name="Duplicates">Messages whose Message-ID was already a contact: marked processed, no second contact.</param>
/// <param name="Failed">Messages left unmarked in the mailbox because their contact could not be saved; the next pass retries them.</param>
public sealed record MailboxPassResult(int Read, int ContactsCreated, int Duplicates, int NeedingAttention, int Failed);

/// <summary>
/// One pass over the referrals mailbox. For each message not yet marked processed: keep the raw MIME, make it
/// an Email contact through <see cref="ContactIntake"/> with its attachments, and — only once that contact is
/// committed — mark the message processed (a keyword, or a move to the processed folder). A crash between
/// the two is safe: the Message-ID is stored with the contact, so the next pass only marks the message.
/// </summary>
public sealed partial class MailboxReader(
    FrontDoorDbContext db,
    ContactIntake intake,
    SenderClassifier classifier,
    IOptions<MailboxOptions> options,
    TimeProvider clock,
    ILogger<MailboxReader> logger,
    IOptions<MessagesOptions>? messages = null)
{
    public const string Actor = "mailbox";

    /// <summary>The public request for help, under <c>Messages:StaffSiteUrl</c> (the portal's <c>/request-help</c> page).</summary>
    public const string OnlineRequestPath = "request-help";

    public Task<MailboxPassResult> ReadOnceAsync(CancellationToken cancellationToken = default) =>
        ReadOnceAsync(stillHolding: null, cancellationToken);

    /// <param name="stillHolding">
    /// Asked before each message: renews this node's lease on the mailbox, and false stops the pass because another
    /// node has taken the mailbox over (ours ran out).
    /// </param>
    public async Task<MailboxPassResult> ReadOnceAsync(Func<CancellationToken, Task<bool>>? stillHolding, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var client = new ImapClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.UseTls, cancellationToken);
        await client.AuthenticateAsync(settings.Username, settings.Password, cancellationToken);
        var folder = await OpenFolderAsync(client, settings.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var processedFolder = string.IsNullOrWhiteSpace(settings.ProcessedFolder) ? null : await OpenFolderAsync(client, settings.ProcessedFolder, cancellationToken);

        var query = processedFolder is null ? SearchQuery.NotKeyword(MailboxOptions.ProcessedKeyword) : SearchQuery.All;
        var uids = await folder.SearchAsync(query, cancellationToken);
        var arrivals = await ArrivalTimesAsync(folder, uids, cancellationToken);
        int created = 0, duplicates = 0, attention = 0, failed = 0;
        foreach (var uid in uids)
        {
            if (stillHolding is not null && !await stillHolding(cancellationToken))
            {
                LogLeaseLost(logger, settings.MailboxName);
                break;
            }

            try
            {
                var read = await ReceiveMessageAsync(folder, uid, arrivals.GetValueOrDefault(uid), settings, cancellationToken);

                // The contact (or the earlier one) is committed: only now may the mailbox forget the message.
                await MarkProcessedAsync(folder, uid, processedFolder, cancellationToken);
                switch (read)
                {
                    case { Duplicate: true }:
                        duplicates++;
                        break;
                    case { AttentionReason: { } reason }:
                        await intake.NeedsAttentionAsync(read.ContactId, reason, cancellationToken);
                        attention++;
                        created++;
                        break;
                    default:
                        attention += await intake.ProcessAsync(read.ContactId, cancellationToken) == ContactStatus.NeedsAttention ? 1 : 0;
                        created++;
                        break;
                }
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or IOException or ImapProtocolException or ServiceNotConnectedException))
            {
                // Left unmarked in the mailbox, so the next pass tries again; the log names the UID, never the content.
                db.ChangeTracker.Clear();
                failed++;
                LogMessageFailed(logger, uid.Id, settings.MailboxName, ex.GetType().Name);
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        var result = new MailboxPassResult(uids.Count, created, duplicates, attention, failed);
        LogPass(logger, settings.MailboxName, result.Read, result.ContactsCreated, result.Duplicates, result.NeedingAttention, result.Failed);
        return result;
    }

    /// <summary>
    /// When each message reached the mailbox (IMAP INTERNALDATE): a contact's clock starts when it arrived, not when
    /// this node next polled, so time-to-respond figures hold even after an outage.
    /// </summary>
    private static async Task<Dictionary<UniqueId, DateTimeOffset>> ArrivalTimesAsync(IMailFolder folder, IList<UniqueId> uids, CancellationToken cancellationToken)
    {
        if (uids.Count == 0)
        {
            return [];
        }

        var summaries = await folder.FetchAsync(uids, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate), cancellationToken);
        return summaries.Where(s => s.InternalDate is not null).ToDictionary(s => s.UniqueId, s => s.InternalDate!.Value);
    }

    private async Task<ReadMessage> ReceiveMessageAsync(IMailFolder folder, UniqueId uid, DateTimeOffset arrivedAt, MailboxOptions settings, CancellationToken cancellationToken)
    {
        byte[] raw;
        await using (var stream = await folder.GetStreamAsync(uid, cancellationToken))
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
            raw = buffer.ToArray();
        }

        var message = TryParse(raw);
        var messageId = message?.MessageId is { Length: > 0 } id ? id : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(raw));
        var contentHash = EmailContentHash.Of(message, raw);
        var earlier = await FindByMessageIdAsync(messageId, cancellationToken);
        if (earlier.FirstOrDefault(e => e.ContentHash is null || e.ContentHash == contentHash) is { } same)
        {
            return new ReadMessage(same.ContactId, Duplicate: true, null);
        }

        // Senders choose Message-IDs, so one can be reused (by mistake, or to hide an email behind an earlier one):
        // a different email is never dropped as a duplicate, but a person is asked to look.
        var reused = earlier.Count == 0
            ? null
            : $"Another email already used this Message-ID (contact {await ReferenceOfAsync(earlier[0].ContactId, cancellationToken)}) with different content. This one is kept as its own contact: check which is genuine.";

        var now = clock.GetUtcNow();

        // A server clock ahead of ours (or no arrival time at all) must not date a contact in the future.
        var receivedAt = arrivedAt != default && arrivedAt < now ? arrivedAt : now;
        var (submission, attentionReason, readable) = message is null
            ? Unreadable(raw, receivedAt)
            : FromMessage(message, raw, uid, settings, receivedAt);
        var from = message?.From.Mailboxes.FirstOrDefault()?.Address;
        var reply = Reply(message, readable ? submission.Source : null, settings);
        try
        {
            var receipt = await intake.ReceiveAsync(
                submission,
                contact =>
                {
                    db.Add(new EmailMessage(Guid.CreateVersion7(now), messageId, settings.MailboxName, uid.Id, from, message?.Subject, receivedAt, message is { Date: var date } && date != DateTimeOffset.MinValue ? date : null, contact.Id, contentHash));
                    if (reply is var (template, replyTo))
                    {
                        // With the contact or not at all; an email already made into a contact never reaches here, so one reply per contact.
                        var fields = new Dictionary<string, string> { ["reference"] = contact.Reference.ToString() };
                        if (template == NotifyTemplates.EmailUseOnlineForm)
                        {
                            fields["online_request_link"] = OnlineRequestLink();
                        }

                        new Outbox(db, clock).Add(template.Kind, template.Name, replyTo, fields, contact.Id);
                    }
                },
                cancellationToken);
            return new ReadMessage(receipt.ContactId, Duplicate: false, reused is null ? attentionReason : string.Join(" ", new[] { reused, attentionReason }.OfType<string>()));
        }
        catch (DbUpdateException)
        {
            // Another node may have stored the same email first; if not, this is a real failure.
            db.ChangeTracker.Clear();
            if ((await FindByMessageIdAsync(messageId, cancellationToken)).FirstOrDefault(e => e.ContentHash == contentHash) is { } raced)
            {
                return new ReadMessage(raced.ContactId, Duplicate: true, null);
            }

            throw;
        }
    }

    /// <summary>
    /// The automatic reply the channel policy gives this email, and to whom; null for none. A sender the mailbox is not
    /// for is pointed to the online request for help; an email that could not be read is judged by its sender's
    /// address alone, since its words could not be.
    /// </summary>
    /// <param name="source">Who the email is from as its contact says; null when it could not be read.</param>
    private (NotifyTemplate Template, string To)? Reply(MimeMessage? message, ContactSource? source, MailboxOptions settings)
    {
        if (AutoReplyAddress(message, settings) is not { } address)
        {
            return null;
        }

        var sender = source ?? classifier.Classify(address, null, null).Source;
        return settings.ChannelPolicy.ReplyFor(sender, settings.AutoReply) is { } template ? (template, address) : null;
    }

    private string OnlineRequestLink() =>
        messages?.Value.StaffSiteUrl is { } site
            ? new Uri(site, OnlineRequestPath).ToString()
            : throw new InvalidOperationException("Messages:StaffSiteUrl must be set for the channel policy's reply (checked at start).");

    /// <summary>Who gets the automatic reply: the sender the contact is from, unless the email must not be answered (<see cref="AutoReplyPolicy"/>) or came from the mailbox itself.</summary>
    private static string? AutoReplyAddress(MimeMessage? message, MailboxOptions settings)
    {
        var sender = message?.From.Mailboxes.FirstOrDefault(m => SenderClassifier.DomainOf(m.Address) is not null)?.Address;
        var address = message is null ? null : AutoReplyPolicy.ReplyAddress(message, sender);
        return address is null || string.Equals(address, settings.Username, StringComparison.OrdinalIgnoreCase) ? null : address;
    }

    private (IntakeSubmission Submission, string? AttentionReason, bool Readable) FromMessage(MimeMessage message, byte[] raw, UniqueId uid, MailboxOptions settings, DateTimeOffset now)
    {
        var sender = message.From.Mailboxes.FirstOrDefault(m => SenderClassifier.DomainOf(m.Address) is not null);
        var body = BodyText(message, DateOnly.FromDateTime(now.UtcDateTime));

        // Text that did not decode, or no one to say it came from, is not an ordinary contact: a person must read the original.
        if (EmailReadability.Problem(sender, message, body) is { } unreadable)
        {
            return Unreadable(raw, now, unreadable, message.Subject, sender?.Address);
        }

        var problems = new List<string>();
        var classification = classifier.Classify(sender?.Address, message.Subject, body);

        var story = string.IsNullOrWhiteSpace(message.Subject) ? body : $"{message.Subject.Trim()}\n\n{body}";
        if (story.Length > Contact.MaxStoryLength)
        {
            const string More = "\n\n[The email continues: the whole text is in the original message.]";
            story = story[..(Contact.MaxStoryLength - More.Length)] + More;
        }

        if (string.IsNullOrWhiteSpace(story))
        {
            story = "(The email has no subject and no text.)";
        }

        var attachments = new List<IntakeAttachment>();
        byte[] rawToKeep = raw;
        var rawContentType = "message/rfc822";
        if (raw.Length > IntakeLimits.MaxRawBytes)
        {
            // Too big to keep whole: keep its headers and text, and say where the original is.
            using var headers = new MemoryStream();
            message.Headers.WriteTo(headers);
            rawToKeep = headers.ToArray();
            rawContentType = "text/rfc822-headers";
            problems.Add($"The email is {IntakeLimits.Megabytes(raw.Length)}, over the {IntakeLimits.Megabytes(IntakeLimits.MaxRawBytes)} FrontDoor keeps: only its headers and text are stored. The original is in the mailbox {settings.MailboxName}, UID {uid.Id}.");
        }
        else
        {
            var skipped = 0;
            foreach (var attachment in Attachments(message))
            {
                if (attachments.Count < IntakeLimits.MaxAttachments && attachment.Content.Length <= IntakeLimits.MaxAttachmentBytes)
                {
                    attachments.Add(attachment);
                }
                else
                {
                    skipped++;
                }
            }

            if (skipped > 0)
            {
                problems.Add($"{skipped} attachment(s) could not be kept as separate files (each must be {IntakeLimits.Megabytes(IntakeLimits.MaxAttachmentBytes)} or smaller, {IntakeLimits.MaxAttachments} at most); they are in the original message stored with the contact.");
            }
        }

        var submission = new IntakeSubmission
        {
            Channel = ContactChannel.Email,
            Source = classification.Source,
            ReceivedAt = now,
            RawPayload = rawToKeep,
            RawContentType = rawContentType,
            Story = story,
            Caller = new Caller(
                Name: (string.IsNullOrWhiteSpace(sender?.Name) ? sender?.Address ?? "Unknown sender" : sender.Name).Bounded(200),
                // Who an unlisted organisation is, a person confirms: the contact says so rather than guessing.
                Relationship: classification.Source == ContactSource.OtherProfessional ? SenderClassifier.UnconfirmedOrganisation : null,
                Organisation: classification.Source == ContactSource.OtherProfessional ? SenderClassifier.DomainOf(sender?.Address)?.Bounded(200) : null,
                Email: sender?.Address is { Length: <= People.Person.MaxEmailLength } address ? address : null),
            Attachments = attachments,
            Actor = Actor,
            Origin = settings.MailboxName.Bounded(100),
        };
        return (submission, problems.Count == 0 ? null : string.Join(" ", problems), true);
    }

    private static (IntakeSubmission Submission, string AttentionReason, bool Readable) Unreadable(byte[] raw, DateTimeOffset now, string? why = null, string? subject = null, string? from = null)
    {
        var keepsWhole = raw.Length <= IntakeLimits.MaxRawBytes;
        var what = why is null ? "This email could not be read as an email message." : $"This email could not be read: {why}.";
        var submission = new IntakeSubmission
        {
            Channel = ContactChannel.Email,
            Source = ContactSource.Self,
            ReceivedAt = now,
            RawPayload = keepsWhole ? raw : raw[..IntakeLimits.MaxRawBytes],
            RawContentType = "message/rfc822",
            Story = $"{what} The original is attached exactly as it arrived." + (string.IsNullOrWhiteSpace(subject) || why is null ? string.Empty : $"\n\nSubject: {subject.Trim().Bounded(300)}"),
            Caller = new Caller(from?.Bounded(200) ?? "Unknown sender", Email: from is { Length: <= People.Person.MaxEmailLength } ? from : null),
            Attachments = raw.Length <= IntakeLimits.MaxAttachmentBytes ? [new IntakeAttachment("original-message.eml", "message/rfc822", raw)] : [],
            Actor = Actor,
        };
        var reason = keepsWhole
            ? $"The email could not be read{(why is null ? string.Empty : $" ({why})")}: check the original message attached and record what it says."
            : $"The email could not be read and is {IntakeLimits.Megabytes(raw.Length)}: only the first {IntakeLimits.Megabytes(IntakeLimits.MaxRawBytes)} is stored. Open it in the mailbox.";
        return (submission, reason, false);
    }

    /// <summary>Null when the bytes are not an email at all (MimeKit reads almost anything, so no headers also counts).</summary>
    private static MimeMessage? TryParse(byte[] raw)
    {
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            var message = MimeMessage.Load(stream);
            var looksLikeEmail = message.Headers.Count > 0
                && (message.From.Count > 0 || message.MessageId is not null || message.Date != DateTimeOffset.MinValue || message.Subject is not null);
            return looksLikeEmail ? message : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The text the sender wrote; HTML is converted to text, never kept as markup. When an email has both parts, the
    /// plain one is taken unless the HTML says more: a plain part that only says "see HTML part" gives way to the
    /// HTML (whose table holds the facts), and parts that say different things are both kept.
    /// </summary>
    private static string BodyText(MimeMessage message, DateOnly today)
    {
        var plain = message.TextBody is { } text && !string.IsNullOrWhiteSpace(text) ? EmailReadability.WithoutStrayBoundaries(text).Trim() : null;
        var html = message.HtmlBody is { } markup && !string.IsNullOrWhiteSpace(markup) ? EmailReadability.WithoutStrayBoundaries(HtmlText.ToPlainText(markup)).Trim() : null;
        if (string.IsNullOrEmpty(html))
        {
            return plain ?? string.Empty;
        }

        if (string.IsNullOrEmpty(plain))
        {
            return html;
        }

        var plainWords = EmailReadability.Words(plain);
        var htmlWords = EmailReadability.Words(html);
        if (htmlWords.IsSubsetOf(plainWords))
        {
            return plain;
        }

        if (plainWords.IsSubsetOf(htmlWords) || (plainWords.Count <= 40 && EmailFactExtractor.Extract(plain, today).Person.IsEmpty))
        {
            return html;
        }

        return $"{plain}\n\n[The HTML part of the email says:]\n{html}";
    }

    private static IEnumerable<IntakeAttachment> Attachments(MimeMessage message)
    {
        foreach (var entity in message.Attachments)
        {
            using var content = new MemoryStream();
            switch (entity)
            {
                case MimePart part when part.Content is not null:
                    part.Content.DecodeTo(content);
                    yield return new IntakeAttachment(part.FileName ?? "attachment", part.ContentType.MimeType, content.ToArray());
                    break;
                case MessagePart { Message: { } forwarded }:
                    forwarded.WriteTo(content);
                    yield return new IntakeAttachment(entity.ContentDisposition?.FileName ?? "forwarded-message.eml", "message/rfc822", content.ToArray());
                    break;
            }
        }
    }

    private async Task<List<EarlierEmail>> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken)
    {
        var key = messageId.Length <= EmailMessage.MaxMessageIdLength ? messageId : messageId[..EmailMessage.MaxMessageIdLength];
        return await db.EmailMessages.AsNoTracking()
            .Where(m => m.MessageId == key)
            .OrderBy(m => m.ReceivedAt)
            .Select(m => new EarlierEmail(m.ContactId, m.ContentHash))
            .ToListAsync(cancellationToken);
    }

    private async Task<string> ReferenceOfAsync(Guid contactId, CancellationToken cancellationToken) =>
        (await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Reference).SingleAsync(cancellationToken)).Value;

    private static async Task MarkProcessedAsync(IMailFolder folder, UniqueId uid, IMailFolder? processedFolder, CancellationToken cancellationToken)
    {
        if (processedFolder is null)
        {
            await folder.AddFlagsAsync(uid, MessageFlags.None, [MailboxOptions.ProcessedKeyword], silent: true, cancellationToken);
        }
        else
        {
            await folder.MoveToAsync(uid, processedFolder, cancellationToken);
        }
    }

    private static async Task<IMailFolder> OpenFolderAsync(ImapClient client, string name, CancellationToken cancellationToken) =>
        string.Equals(name, "INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(name, cancellationToken);


    private sealed record EarlierEmail(Guid ContactId, string? ContentHash);

    private sealed record ReadMessage(Guid ContactId, bool Duplicate, string? AttentionReason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message UID {Uid} in {Mailbox} could not be made into a contact ({ExceptionType}); it stays unmarked for the next pass")]
    private static partial void LogMessageFailed(ILogger logger, uint uid, string mailbox, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped reading {Mailbox}: another node took the mailbox over")]
    private static partial void LogLeaseLost(ILogger logger, string mailbox);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Mailbox}: {Read} messages, {Created} contacts, {Duplicates} duplicates, {Attention} need attention, {Failed} failed")]
    private static partial void LogPass(ILogger logger, string mailbox, int read, int created, int duplicates, int attention, int failed);
}
