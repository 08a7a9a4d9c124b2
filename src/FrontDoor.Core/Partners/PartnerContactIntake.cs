using System.Security.Cryptography;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Partners;

public enum PartnerSubmissionOutcome
{
    /// <summary>A new contact was made.</summary>
    Created,

    /// <summary>The same Idempotency-Key and body came before: the contact made then is the answer.</summary>
    Repeated,

    /// <summary>The Idempotency-Key was used before with a different body: refused, nothing made.</summary>
    KeyReusedWithDifferentBody,
}

/// <param name="Contact">The contact as it stands now; null when the submission was refused.</param>
public sealed record PartnerSubmissionResult(PartnerSubmissionOutcome Outcome, Guid ContactId, ContactReference Reference, PartnerContactView? Contact);

/// <summary>What a partner may see of a contact they sent.</summary>
public sealed record PartnerContactView(
    Guid Id,
    ContactReference Reference,
    ContactStatus Status,
    PersonMatchState MatchState,
    DateTimeOffset ReceivedAt,
    string Story,
    int? CompletenessScore);

/// <summary>
/// The partner API's side of intake: a partner's submission becomes a contact through <see cref="ContactIntake"/>
/// (raw body stored first), at most once per Idempotency-Key, and only the sender can read it back.
/// </summary>
public sealed class PartnerContactIntake(FrontDoorDbContext db, TimeProvider clock, ContactIntake intake)
{
    public async Task<PartnerSubmissionResult> SubmitAsync(PartnerIdentity partner, IntakeSubmission submission, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var key = ValidIdempotencyKey(idempotencyKey);
        if (key is not null && await FindByIdempotencyKeyAsync(partner, key, cancellationToken) is { } earlier)
        {
            return await AnswerRepeatAsync(partner, earlier, submission.RawPayload, submission.Origin, cancellationToken);
        }

        var receivedAt = clock.GetUtcNow();
        var fromPartner = submission with
        {
            Channel = ContactChannel.PartnerApi,
            Source = partner.Source,
            Actor = partner.Actor,

            // Contacts' external keys are unique across every channel: the partner's key is only unique to them.
            ExternalKey = key is null ? null : ExternalKeyFor(partner, key),
        };
        var receipt = await intake.ReceiveAsync(fromPartner, contact => db.Add(new PartnerContact(contact.Id, partner, key, BodyFingerprint.Of(submission.RawPayload), receivedAt)), cancellationToken);
        if (receipt.AlreadyReceived)
        {
            // Another request with the same key won the race between our look-up and our insert.
            var winner = await db.PartnerContacts.AsNoTracking().SingleAsync(p => p.ContactId == receipt.ContactId, cancellationToken);
            return await AnswerRepeatAsync(partner, (winner, receipt.Reference), submission.RawPayload, submission.Origin, cancellationToken);
        }

        await intake.ProcessAsync(receipt.ContactId, cancellationToken);
        return new PartnerSubmissionResult(PartnerSubmissionOutcome.Created, receipt.ContactId, receipt.Reference, await ViewAsync(receipt.ContactId, cancellationToken));
    }

    /// <summary>The contact when this partner sent it; null for anyone else's (or none), which the API answers as not found.</summary>
    public async Task<PartnerContactView?> FindForPartnerAsync(PartnerIdentity partner, Guid contactId, string? origin, CancellationToken cancellationToken = default)
    {
        var sentByThem = await db.PartnerContacts.AnyAsync(p => p.ContactId == contactId && p.PartnerName == partner.PartnerName, cancellationToken);
        var view = sentByThem ? await ViewAsync(contactId, cancellationToken) : null;
        var audit = new AuditLog(db, clock);
        if (view is null)
        {
            audit.Record(partner.Actor, AuditAction.Refused, nameof(Contact), AuditEvent.IdOf(contactId), origin, "partner asked for a contact it did not send");
        }
        else
        {
            audit.Record(partner.Actor, AuditAction.Viewed, nameof(Contact), AuditEvent.IdOf(contactId), origin, "read back through the partner API");
        }

        await db.SaveChangesAsync(cancellationToken);
        return view;
    }

    /// <summary>Audits a submission refused before it became a contact (invalid body, too large), with why in a few words.</summary>
    public async Task RecordRefusedAsync(PartnerIdentity partner, string? origin, string why, CancellationToken cancellationToken = default)
    {
        new AuditLog(db, clock).Record(partner.Actor, AuditAction.Refused, nameof(Contact), null, origin, why);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<PartnerSubmissionResult> AnswerRepeatAsync(
        PartnerIdentity partner, (PartnerContact Sent, ContactReference Reference) earlier, byte[] rawPayload, string? origin, CancellationToken cancellationToken)
    {
        var sameBody = BodyFingerprint.Matches(earlier.Sent.BodySha256, rawPayload);
        var audit = new AuditLog(db, clock);
        if (sameBody)
        {
            audit.Record(partner.Actor, AuditAction.Viewed, nameof(Contact), AuditEvent.IdOf(earlier.Sent.ContactId), origin, "repeat with the same Idempotency-Key: no new contact");
        }
        else
        {
            audit.Record(partner.Actor, AuditAction.Refused, nameof(Contact), AuditEvent.IdOf(earlier.Sent.ContactId), origin, "Idempotency-Key reused with a different body");
        }

        await db.SaveChangesAsync(cancellationToken);
        return sameBody
            ? new PartnerSubmissionResult(PartnerSubmissionOutcome.Repeated, earlier.Sent.ContactId, earlier.Reference, await ViewAsync(earlier.Sent.ContactId, cancellationToken))
            : new PartnerSubmissionResult(PartnerSubmissionOutcome.KeyReusedWithDifferentBody, earlier.Sent.ContactId, earlier.Reference, null);
    }

    private Task<PartnerContactView?> ViewAsync(Guid contactId, CancellationToken cancellationToken) =>
        db.Contacts.AsNoTracking()
            .Where(c => c.Id == contactId)
            .Select(c => new PartnerContactView(c.Id, c.Reference, c.Status, c.MatchState, c.ReceivedAt, c.Story, c.CompletenessScore))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<(PartnerContact Sent, ContactReference Reference)?> FindByIdempotencyKeyAsync(PartnerIdentity partner, string key, CancellationToken cancellationToken)
    {
        var found = await (
                from sent in db.PartnerContacts.AsNoTracking()
                join contact in db.Contacts.AsNoTracking() on sent.ContactId equals contact.Id
                where sent.PartnerName == partner.PartnerName && sent.IdempotencyKey == key
                select new { sent, contact.Reference })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.sent, found.Reference);
    }

    /// <summary>Null when no key was sent; refuses keys that are too long or not printable ASCII.</summary>
    public static string? ValidIdempotencyKey(string? idempotencyKey)
    {
        var key = idempotencyKey?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        if (key.Length > PartnerContact.MaxIdempotencyKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            throw new DomainValidationException("Idempotency-Key", $"The Idempotency-Key header must be 1 to {PartnerContact.MaxIdempotencyKeyLength} printable ASCII characters without spaces, such as a UUID");
        }

        return key;
    }

    // Hashed so the partner's name and key fit the column and say nothing on their own.
    private static string ExternalKeyFor(PartnerIdentity partner, string key) =>
        "partner:" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{partner.PartnerName}\n{key}")));
}
