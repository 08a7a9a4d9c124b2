using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>What intake did with a submission.</summary>
/// <param name="AlreadyReceived">True when the external key matched an earlier submission: no new contact was made.</param>
public sealed record IntakeReceipt(Guid ContactId, ContactReference Reference, bool AlreadyReceived);

/// <summary>A contact waiting in the "needs attention" list, with why.</summary>
public sealed record NeedsAttentionItem(Guid ContactId, ContactReference Reference, ContactChannel Channel, ContactSource Source, DateTimeOffset ReceivedAt, DateTimeOffset Since, string? Reason);

/// <summary>
/// The one way in for every channel. Stored raw first, then processed: <see cref="ReceiveAsync"/> commits the
/// raw submission and the contact together, so nothing that arrived can be lost; <see cref="ProcessAsync"/>
/// then normalises, extracts, scores and matches, and on any failure leaves the contact in the
/// "needs attention" list with the reason, for <see cref="ReprocessAsync"/> once fixed.
/// </summary>
public sealed partial class ContactIntake(FrontDoorDbContext db, TimeProvider clock, IContactPersonMatcher matcher, ILogger<ContactIntake> logger)
{
    public const string ProcessingActor = "intake";

    public Task<IntakeReceipt> ReceiveAsync(IntakeSubmission submission, CancellationToken cancellationToken = default) =>
        ReceiveAsync(submission, alsoRecord: null, cancellationToken);

    /// <param name="alsoRecord">Adds the channel's own records (an email's Message-ID) to the same transaction.</param>
    public async Task<IntakeReceipt> ReceiveAsync(IntakeSubmission submission, Action<Contact>? alsoRecord, CancellationToken cancellationToken = default)
    {
        IntakeLimits.Check(submission);
        var externalKey = string.IsNullOrWhiteSpace(submission.ExternalKey) ? null : submission.ExternalKey.Trim();
        if (externalKey is not null && await FindByExternalKeyAsync(externalKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var now = clock.GetUtcNow();
        var contact = new Contact(Guid.CreateVersion7(now), ContactReference.New(), submission.Channel, submission.Source, submission.ReceivedAt ?? now, submission.Story, submission.Caller);
        contact.RecordWhatWasReported(submission.ReportedPerson, submission.CommunicationNeeds, submission.Consent, submission.ImmediateRisk, externalKey);
        db.Contacts.Add(contact);
        db.Add(new RawSubmission(Guid.CreateVersion7(now), contact.Id, submission.Channel, contact.ReceivedAt, submission.RawContentType, submission.RawPayload));
        for (var i = 0; i < submission.Answers.Count; i++)
        {
            var answer = submission.Answers[i];
            db.Add(new ContactAnswer(Guid.CreateVersion7(now), contact.Id, i, answer.Key, answer.Question, answer.Answer));
        }

        foreach (var file in submission.Attachments)
        {
            db.Add(new ContactAttachment(Guid.CreateVersion7(now), contact.Id, file.FileName, file.ContentType, file.Content, now, submission.Actor.Id));
        }

        db.Add(new ContactTimelineEntry(Guid.CreateVersion7(now), contact.Id, now, submission.Actor.Id, TimelineEntryKind.Received, DescribeArrival(submission)));
        new AuditLog(db, clock).Record(submission.Actor, AuditAction.Created, nameof(Contact), AuditEvent.IdOf(contact.Id), submission.Origin, $"received by {submission.Channel}",
            submission.PersonId is { } personId ? [personId] : null);
        alsoRecord?.Invoke(contact);

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (externalKey is not null)
        {
            // Another node took the same key between our look-up and our insert: theirs is the contact.
            db.ChangeTracker.Clear();
            return await FindByExternalKeyAsync(externalKey, cancellationToken) ?? throw new InvalidOperationException("A submission with this external key failed to save.");
        }
        catch
        {
            // Nothing half-saved may ride along with this context's next save.
            db.ChangeTracker.Clear();
            throw;
        }

        LogReceived(logger, contact.Id, submission.Channel);
        return new IntakeReceipt(contact.Id, contact.Reference, AlreadyReceived: false);
    }

    /// <summary>
    /// Runs the processing steps on a received (or needs-attention) contact and opens it. Never throws for a
    /// failure of the contact's own data: the contact moves to needs-attention with the reason, committed.
    /// </summary>
    public async Task<ContactStatus> ProcessAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, cancellationToken);
        if (contact.Status is not (ContactStatus.Received or ContactStatus.NeedsAttention))
        {
            return contact.Status;
        }

        var step = ProcessingStep.Normalise;
        try
        {
            var now = clock.GetUtcNow();
            contact.UpdateReportedPerson(contact.ReportedPerson.Normalised());

            step = ProcessingStep.Extract;
            if (contact.Channel == ContactChannel.Email)
            {
                var facts = EmailFactExtractor.Extract(contact.Story, DateOnly.FromDateTime(now.UtcDateTime));
                contact.UpdateReportedPerson(contact.ReportedPerson.FillGapsFrom(facts.Person).Normalised());
                contact.RecordIncidentType(facts.IncidentTypes.Count == 0 ? null : string.Join(", ", facts.IncidentTypes));
            }

            step = ProcessingStep.Score;
            if (ReferralCompleteness.PartnerTypeFor(contact.Source) is { } partner)
            {
                var answeredKeys = await db.Set<ContactAnswer>().Where(a => a.ContactId == contactId && a.Answer != string.Empty).Select(a => a.Key).ToListAsync(cancellationToken);
                var evidence = new ReferralEvidence(contact.ReportedPerson, contact.Caller, contact.Story, contact.Consent, contact.ImmediateRisk, contact.CommunicationNeeds, answeredKeys);
                contact.ScoreCompleteness(ReferralCompleteness.Score(partner, evidence).Score);
            }

            step = ProcessingStep.Match;
            var outcome = await matcher.MatchAsync(contact.ReportedPerson, cancellationToken);
            contact.RecordMatch(outcome);
            AddTimeline(contact.Id, ProcessingActor, TimelineEntryKind.Matched, contact.MatchState switch
            {
                PersonMatchState.Matched => "Matched to an existing person record.",
                PersonMatchState.NeedsReview => $"{outcome.Candidates.Count} possible person records: someone needs to choose.",
                _ => "No person record matched. Search for the person, or create one.",
            });

            step = ProcessingStep.Open;
            contact.Open(now);
            AddTimeline(contact.Id, ProcessingActor, TimelineEntryKind.StatusChanged, "Processed and opened.");
            await db.SaveChangesAsync(cancellationToken);
            return contact.Status;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogProcessingFailed(logger, contactId, step, ex.GetType().Name);
            await NeedsAttentionAsync(contactId, $"Processing stopped at the {step.ToString().ToLowerInvariant()} step: {Describe(ex)}", cancellationToken);
            return ContactStatus.NeedsAttention;
        }
    }

    /// <summary>Receive, then process: what a channel calls when it has nothing else to do between the two.</summary>
    public async Task<IntakeReceipt> ReceiveAndProcessAsync(IntakeSubmission submission, CancellationToken cancellationToken = default)
    {
        var receipt = await ReceiveAsync(submission, cancellationToken);
        if (!receipt.AlreadyReceived)
        {
            await ProcessAsync(receipt.ContactId, cancellationToken);
        }

        return receipt;
    }

    /// <summary>A member of staff retries a contact that needs attention, once the cause is fixed.</summary>
    public async Task<ContactStatus> ReprocessAsync(Guid contactId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, cancellationToken);
        if (contact.Status is not (ContactStatus.NeedsAttention or ContactStatus.Received))
        {
            throw new DomainValidationException(nameof(Contact.Status), "Only a contact that needs attention can be processed again");
        }

        AddTimeline(contactId, actor.Id, TimelineEntryKind.StatusChanged, "Processing retried.");
        new AuditLog(db, clock).Record(actor, AuditAction.Updated, nameof(Contact), AuditEvent.IdOf(contactId), null, "processing retried", contact.PersonId is { } personId ? [personId] : null);
        await db.SaveChangesAsync(cancellationToken);
        return await ProcessAsync(contactId, cancellationToken);
    }

    /// <summary>Moves a contact to the needs-attention list with the reason, committed on its own.</summary>
    public async Task NeedsAttentionAsync(Guid contactId, string reason, CancellationToken cancellationToken = default)
    {
        // Whatever the failed step half-changed is dropped; the contact as received is what needs attention.
        db.ChangeTracker.Clear();
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, cancellationToken);
        var now = clock.GetUtcNow();
        var text = reason.Length <= 1000 ? reason : reason[..1000];
        contact.NeedsAttention(text, now);
        AddTimeline(contactId, ProcessingActor, TimelineEntryKind.NeedsAttention, text);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>How long a contact may sit received but unprocessed before it counts as stuck (its process crashed).</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Processes contacts left received but unprocessed for longer than <see cref="StuckAfter"/> (the node that took
    /// them stopped between receiving and processing), oldest first. Returns how many were taken.
    /// </summary>
    public async Task<int> ProcessStuckAsync(int take, CancellationToken cancellationToken = default)
    {
        var stuckBefore = clock.GetUtcNow() - StuckAfter;
        var stuck = await db.Contacts.AsNoTracking()
            .Where(c => c.Status == ContactStatus.Received && c.StatusChangedAt < stuckBefore)
            .OrderBy(c => c.StatusChangedAt)
            .Take(take)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        foreach (var contactId in stuck)
        {
            db.ChangeTracker.Clear();
            await ProcessAsync(contactId, cancellationToken);
        }

        return stuck.Count;
    }

    /// <summary>
    /// The "needs attention" list, oldest first so nothing waits longest unseen: contacts whose processing
    /// failed, and contacts received but never processed (the process stopped between the two).
    /// </summary>
    public async Task<IReadOnlyList<NeedsAttentionItem>> ListNeedingAttentionAsync(int take = 100, CancellationToken cancellationToken = default)
    {
        var stuckBefore = clock.GetUtcNow() - StuckAfter;
        return await db.Contacts.AsNoTracking()
            .Where(c => c.Status == ContactStatus.NeedsAttention || (c.Status == ContactStatus.Received && c.StatusChangedAt < stuckBefore))
            .OrderBy(c => c.StatusChangedAt)
            .Take(take)
            .Select(c => new NeedsAttentionItem(c.Id, c.Reference, c.Channel, c.Source, c.ReceivedAt, c.StatusChangedAt, c.AttentionReason ?? "Received but not processed yet."))
            .ToListAsync(cancellationToken);
    }

    private async Task<IntakeReceipt?> FindByExternalKeyAsync(string externalKey, CancellationToken cancellationToken) =>
        await db.Contacts.AsNoTracking()
            .Where(c => c.ExternalKey == externalKey)
            .Select(c => new IntakeReceipt(c.Id, c.Reference, true))
            .FirstOrDefaultAsync(cancellationToken);

    private void AddTimeline(Guid contactId, string actor, TimelineEntryKind kind, string text)
    {
        var now = clock.GetUtcNow();
        db.Add(new ContactTimelineEntry(Guid.CreateVersion7(now), contactId, now, actor, kind, text));
    }

    private static string DescribeArrival(IntakeSubmission submission)
    {
        var files = submission.Attachments.Count switch
        {
            0 => string.Empty,
            1 => " with 1 attachment",
            var n => $" with {n} attachments",
        };
        return $"Received by {Words(submission.Channel)} from {Words(submission.Source)}{files}.";
    }

    private static string Words<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    // Domain messages are written for people; anything else gets its type so support can find it.
    private static string Describe(Exception ex) => ex is DomainValidationException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";

    private enum ProcessingStep
    {
        Normalise,
        Extract,
        Score,
        Match,
        Open,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact {ContactId} received by {Channel}")]
    private static partial void LogReceived(ILogger logger, Guid contactId, ContactChannel channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Processing contact {ContactId} failed at the {Step} step ({ExceptionType}); it is in the needs-attention list")]
    private static partial void LogProcessingFailed(ILogger logger, Guid contactId, ProcessingStep step, string exceptionType);
}
