using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Triage.Priority;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>What intake did with a submission.</summary>
/// <param name="AlreadyReceived">True when the external key matched an earlier submission: no new contact was made.</param>
public sealed record IntakeReceipt(Guid ContactId, ContactReference Reference, bool AlreadyReceived);

/// <summary>A contact waiting in the "needs attention" list, with why.</summary>
/// <param name="Attempts">How many times processing was tried since a person last asked for it.</param>
/// <param name="NextAttemptAt">When it will be tried again by itself; null when it waits for a person.</param>
public sealed record NeedsAttentionItem(Guid ContactId, ContactReference Reference, ContactChannel Channel, ContactSource Source, DateTimeOffset ReceivedAt, DateTimeOffset Since, string? Reason, int Attempts = 0, DateTimeOffset? NextAttemptAt = null)
{
    /// <summary>Someone was reported as in danger now: listed first and flagged.</summary>
    public bool ReportedInImmediateDanger { get; init; }
}

/// <summary>
/// The one way in for every channel. Stored raw first, then processed: <see cref="ReceiveAsync"/> commits the
/// raw submission and the contact together, so nothing that arrived can be lost; <see cref="ProcessAsync"/>
/// then normalises, extracts, scores and matches, and on any failure leaves the contact in the
/// "needs attention" list with the reason. A failure is retried by the sweeper with back-off
/// (<see cref="IntakeOptions.MaxProcessingAttempts"/>), then waits for <see cref="ReprocessAsync"/> once fixed.
/// </summary>
public sealed partial class ContactIntake(FrontDoorDbContext db, TimeProvider clock, IContactPersonMatcher matcher, IOptions<IntakeOptions> options, ContactRouting routing, ContactPrioritiser prioritiser, RepeatContacts repeats, ILogger<ContactIntake> logger, IOptions<MessagesOptions>? messages = null)
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
        if (submission.ReceiptTo is { } receiptTo)
        {
            // In the same transaction as the contact: sent once it is committed, and never for one that was not.
            var template = receiptTo.Kind == MessageKind.NotifySms ? NotifyTemplates.RequestReceivedSms : NotifyTemplates.RequestReceivedEmail;
            new Outbox(db, clock).Add(template.Kind, template.Name, receiptTo.Value, new Dictionary<string, string> { ["reference"] = contact.Reference.ToString() }, contact.Id);
        }

        if (submission.ReferralReceiptTo is { } referralReceipt)
        {
            var template = NotifyTemplates.ReferralReceivedEmail;
            new Outbox(db, clock).Add(template.Kind, template.Name, referralReceipt.Email,
                new Dictionary<string, string> { ["reference"] = contact.Reference.ToString(), ["include_next_time"] = referralReceipt.IncludeNextTimeText }, contact.Id);
        }

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
    /// failure of the contact's own data: the contact moves to needs-attention with the reason, committed, and a
    /// retry is scheduled while attempts remain.
    /// </summary>
    public Task<ContactStatus> ProcessAsync(Guid contactId, CancellationToken cancellationToken = default) =>
        ProcessAsync(contactId, claimedBy: null, cancellationToken);

    /// <param name="claimedBy">The node whose claim (see <see cref="ClaimDueAsync"/>) already counted this attempt; null when unclaimed.</param>
    private async Task<ContactStatus> ProcessAsync(Guid contactId, string? claimedBy, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, cancellationToken);
        if (contact.Status is not (ContactStatus.Received or ContactStatus.NeedsAttention))
        {
            return contact.Status;
        }

        if (claimedBy is not null && contact.LeaseOwner != claimedBy)
        {
            // Our claim ran out and another node has taken the contact: it is theirs now.
            return contact.Status;
        }

        if (claimedBy is null)
        {
            contact.CountProcessingAttempt();
        }

        var attempts = contact.ProcessingAttempts;
        if (attempts > options.Value.MaxProcessingAttempts)
        {
            // Only reached when earlier attempts died with their node (a crash, not a caught failure) every time.
            await FailedAttemptAsync(contactId, claimedBy, $"Processing was started {attempts - 1} times and never finished.", attempts, cancellationToken);
            return ContactStatus.NeedsAttention;
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
                contact.RecordExtractedFactConfidence(facts.ConfidenceText);
            }

            step = ProcessingStep.Score;
            if (ReferralCompleteness.PartnerTypeFor(contact.Source) is { } partner)
            {
                var answeredKeys = await db.Set<ContactAnswer>().Where(a => a.ContactId == contactId && a.Answer != string.Empty).Select(a => a.Key).ToListAsync(cancellationToken);
                var evidence = new ReferralEvidence(contact.ReportedPerson, contact.Caller, contact.Story, contact.Consent, contact.ImmediateRisk, contact.CommunicationNeeds, answeredKeys);
                contact.ScoreCompleteness(ReferralCompleteness.Score(partner, evidence));
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
            if (contact.PersonId is { } personId && AllocatedWorkerEmail.IsWritten(contact.Channel))
            {
                // Committed with the match: the worker hears of a contact about someone they hold once, when it is linked.
                await new AllocatedWorkerEmail(db, clock, messages?.Value.StaffSiteUrl).AddAsync(contact, personId, cancellationToken);
            }

            contact.Open(now);

            // After opening, so the flag reads on the timeline after the contact arrived.
            await repeats.FlagIfRecurringAsync(contact, cancellationToken);
            var answers = await db.Set<ContactAnswer>().AsNoTracking().Where(a => a.ContactId == contactId).OrderBy(a => a.Position).ToListAsync(cancellationToken);
            routing.Route(contact, answers, now);
            prioritiser.Prioritise(contact, answers, now);
            contact.ReleaseLease();
            AddTimeline(contact.Id, ProcessingActor, TimelineEntryKind.StatusChanged, "Processed and opened.");
            await db.SaveChangesAsync(cancellationToken);
            return contact.Status;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node claimed the contact while this one worked (our lease ran out): its save wins, ours is dropped.
            db.ChangeTracker.Clear();
            LogClaimLost(logger, contactId);
            return (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, cancellationToken)).Status;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogProcessingFailed(logger, contactId, step, ex.GetType().Name);
            await FailedAttemptAsync(contactId, claimedBy, $"Processing stopped at the {step.ToString().ToLowerInvariant()} step: {Describe(ex)}", attempts, cancellationToken);
            return ContactStatus.NeedsAttention;
        }
    }

    /// <summary>
    /// Records a failed attempt: the contact needs attention with the last error, and the sweeper tries again after
    /// a back-off while attempts remain; after the last one it waits for a person to press "process again".
    /// </summary>
    private async Task FailedAttemptAsync(Guid contactId, string? claimedBy, string error, int attempts, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, cancellationToken);
        if (claimedBy is not null && contact.LeaseOwner != claimedBy)
        {
            // Our claim ran out while we failed and another node has the contact now: its attempt decides.
            LogClaimLost(logger, contactId);
            return;
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var retries = attempts < settings.MaxProcessingAttempts;
        var suffix = retries
            ? $" (attempt {attempts} of {settings.MaxProcessingAttempts}; it will be tried again by itself)"
            : $" (tried {attempts} times; fix the cause, then process it again)";

        // The count the failed attempt ran with, whatever an unclaimed attempt did in memory before it failed.
        db.Entry(contact).Property(c => c.ProcessingAttempts).CurrentValue = attempts;
        await FlagForAttentionAsync(
            contact, error.Bounded(Contact.MaxAttentionReasonLength - suffix.Length) + suffix, now, retries ? now + settings.RetryWait(attempts, Random.Shared.NextDouble()) : null, cancellationToken);
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

        contact.ResetProcessingAttempts();
        AddTimeline(contactId, actor.Id, TimelineEntryKind.StatusChanged, "Processing retried.");
        new AuditLog(db, clock).Record(actor, AuditAction.Updated, nameof(Contact), AuditEvent.IdOf(contactId), null, "processing retried", contact.PersonId is { } personId ? [personId] : null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A node claimed the contact for a retry between our read and our save: that retry is under way.
            db.ChangeTracker.Clear();
            throw new DomainValidationException(nameof(Contact.Status), "The contact is being processed again already");
        }
        return await ProcessAsync(contactId, cancellationToken);
    }

    /// <summary>Moves a contact to the needs-attention list with the reason, committed on its own.</summary>
    public async Task NeedsAttentionAsync(Guid contactId, string reason, CancellationToken cancellationToken = default)
    {
        // Whatever the failed step half-changed is dropped; the contact as received is what needs attention.
        db.ChangeTracker.Clear();
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, cancellationToken);

        // A flag for a person (an unreadable email, a reused Message-ID) is not a failure to retry.
        await FlagForAttentionAsync(contact, reason.Bounded(Contact.MaxAttentionReasonLength), clock.GetUtcNow(), retryAt: null, cancellationToken);
    }

    /// <summary>Puts the contact on the needs-attention list, retried by itself at <paramref name="retryAt"/> or left for a person, and lets go of any claim.</summary>
    private async Task FlagForAttentionAsync(Contact contact, string reason, DateTimeOffset now, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        contact.NeedsAttention(reason, now);
        contact.RetryProcessingAt(retryAt);
        contact.ReleaseLease();
        AddTimeline(contact.Id, ProcessingActor, TimelineEntryKind.NeedsAttention, reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Claims up to <paramref name="take"/> contacts due processing and processes them, oldest first: contacts left
    /// received but unprocessed for longer than <see cref="IntakeOptions.StuckAfter"/> (the node that took them stopped between
    /// receiving and processing) and failed contacts whose retry is due. Each is claimed for this node before it is
    /// touched, so two nodes never process the same contact. Returns how many were claimed.
    /// </summary>
    public async Task<int> ProcessStuckAsync(int take, string node, CancellationToken cancellationToken = default)
    {
        var claimed = await ClaimDueAsync(node, take, cancellationToken);
        foreach (var contactId in claimed)
        {
            db.ChangeTracker.Clear();
            await ProcessAsync(contactId, node, cancellationToken);
        }

        return claimed.Count;
    }

    /// <summary>
    /// Claims contacts due processing for <paramref name="node"/> until <see cref="IntakeOptions.ProcessingLease"/>
    /// from now, counting the attempt. PostgreSQL takes the rows with <c>FOR UPDATE SKIP LOCKED</c>, so racing
    /// nodes each get different contacts; SQLite (one writer at a time) claims each row with a conditional update
    /// and keeps only those it changed.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ClaimDueAsync(string node, int take, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var stuckBefore = now - options.Value.StuckAfter;
        var leaseUntil = now + options.Value.ProcessingLease;
        if (db.Database.IsNpgsql())
        {
            // The lease condition is repeated on the UPDATE itself: PostgreSQL re-checks an UPDATE's own WHERE on the
            // newest row version, so a row another node claimed after this statement's snapshot is never claimed twice.
            return await db.Database.SqlQuery<Guid>($"""
                WITH due AS (
                    SELECT id FROM contacts
                    WHERE ((status = 'Received' AND status_changed_at < {stuckBefore} AND (next_attempt_at IS NULL OR next_attempt_at <= {now}))
                        OR (status = 'NeedsAttention' AND next_attempt_at <= {now}))
                      AND (lease_expires_at IS NULL OR lease_expires_at <= {now})
                    ORDER BY status_changed_at
                    LIMIT {take}
                    FOR UPDATE SKIP LOCKED)
                UPDATE contacts SET lease_owner = {node}, lease_expires_at = {leaseUntil}, processing_attempts = processing_attempts + 1
                FROM due
                WHERE contacts.id = due.id AND (contacts.lease_expires_at IS NULL OR contacts.lease_expires_at <= {now})
                RETURNING contacts.id AS "Value"
                """).ToListAsync(cancellationToken);
        }

        var candidates = await db.Contacts.AsNoTracking()
            .Where(Due(stuckBefore, now))
            .OrderBy(c => c.StatusChangedAt)
            .Take(take)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var claimed = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            var changed = await db.Contacts
                .Where(c => c.Id == id)
                .Where(Due(stuckBefore, now))
                .ExecuteUpdateAsync(
                    set => set.SetProperty(c => c.LeaseOwner, node).SetProperty(c => c.LeaseExpiresAt, leaseUntil).SetProperty(c => c.ProcessingAttempts, c => c.ProcessingAttempts + 1),
                    cancellationToken);
            if (changed == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private static System.Linq.Expressions.Expression<Func<Contact, bool>> Due(DateTimeOffset stuckBefore, DateTimeOffset now) =>
        c => ((c.Status == ContactStatus.Received && c.StatusChangedAt < stuckBefore && (c.NextAttemptAt == null || c.NextAttemptAt <= now))
                || (c.Status == ContactStatus.NeedsAttention && c.NextAttemptAt <= now))
            && (c.LeaseExpiresAt == null || c.LeaseExpiresAt <= now);

    /// <summary>
    /// The "needs attention" list, oldest first so nothing waits longest unseen: contacts whose processing
    /// failed, and contacts received but never processed (the process stopped between the two).
    /// </summary>
    public async Task<IReadOnlyList<NeedsAttentionItem>> ListNeedingAttentionAsync(int take = 100, CancellationToken cancellationToken = default)
    {
        var stuckBefore = clock.GetUtcNow() - options.Value.StuckAfter;
        return await db.Contacts.AsNoTracking()
            .Where(c => c.Status == ContactStatus.NeedsAttention || (c.Status == ContactStatus.Received && c.StatusChangedAt < stuckBefore))
            .OrderByDescending(c => c.ReportedInImmediateDanger)
            .ThenBy(c => c.StatusChangedAt)
            .Take(take)
            .Select(c => new NeedsAttentionItem(c.Id, c.Reference, c.Channel, c.Source, c.ReceivedAt, c.StatusChangedAt, c.AttentionReason ?? "Received but not processed yet.", c.ProcessingAttempts, c.NextAttemptAt) { ReportedInImmediateDanger = c.ReportedInImmediateDanger })
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact {ContactId} was claimed by another node while this one processed it; this node's work was dropped")]
    private static partial void LogClaimLost(ILogger logger, Guid contactId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Processing contact {ContactId} failed at the {Step} step ({ExceptionType}); it is in the needs-attention list")]
    private static partial void LogProcessingFailed(ILogger logger, Guid contactId, ProcessingStep step, string exceptionType);
}
