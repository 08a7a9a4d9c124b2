using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Contacts;

/// <summary>
/// One arrival through one channel: who made it, what they said in their own words, and which person it is
/// about. The story is told once and travels with the contact.
/// </summary>
public sealed class Contact
{
    public const int MaxStoryLength = 20_000;

    public Contact(Guid id, ContactReference reference, ContactChannel channel, ContactSource source, DateTimeOffset receivedAt, string story, Caller? caller = null)
    {
        Id = id;
        Reference = reference;
        Channel = channel;
        Source = source;
        ReceivedAt = receivedAt;
        Story = ValidStory(story);
        Caller = caller;
        Status = ContactStatus.Received;
        StatusChangedAt = receivedAt;
    }

    private Contact()
    {
        Story = null!;
    }

    // The moves made since the contact was loaded or last saved, in order: a save that sees only the first and last
    // status would miss a contact opened and routed before one save. Not stored (no property); read by the save.
    private readonly List<ContactStatus> _unsavedMoves = [];

    /// <summary>
    /// The statuses the contact moved to since this was last called, in order, forgetting them: the save that
    /// writes the moves takes them once (see <see cref="Messages.Webhooks.WebhookEventWriter"/>).
    /// </summary>
    public IReadOnlyList<ContactStatus> TakeUnsavedMoves()
    {
        if (_unsavedMoves.Count == 0)
        {
            return [];
        }

        var moves = _unsavedMoves.ToArray();
        _unsavedMoves.Clear();
        return moves;
    }

    public Guid Id { get; private set; }

    public ContactReference Reference { get; private set; }

    public ContactChannel Channel { get; private set; }

    public ContactSource Source { get; private set; }

    public Caller? Caller { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>What matters to the person, in the words of whoever made the contact. Always shown as text.</summary>
    public string Story { get; private set; }

    public Guid? PersonId { get; private set; }

    public PersonMatchState MatchState { get; private set; }

    public ContactStatus Status { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>The longest <see cref="AttentionReason"/> kept.</summary>
    public const int MaxAttentionReasonLength = 1000;

    /// <summary>Why the contact needs a person's attention, when <see cref="Status"/> says so.</summary>
    public string? AttentionReason { get; private set; }

    /// <summary>How many times processing has been started since it last succeeded or staff asked for it again.</summary>
    public int ProcessingAttempts { get; private set; }

    /// <summary>When the sweeper may try processing again after a failure; null when it should not (no failure, or out of attempts).</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>The node that has claimed the contact to process it, until <see cref="LeaseExpiresAt"/>.</summary>
    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    public ContactOutcome? Outcome { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The person it is about as the sender described them (what they said, not the matched record).</summary>
    public ReportedPerson ReportedPerson { get; private set; } = ReportedPerson.Empty;

    public CommunicationNeeds CommunicationNeeds { get; private set; } = CommunicationNeeds.None;

    public ContactConsent Consent { get; private set; } = ContactConsent.NotAsked;

    public ImmediateRisk ImmediateRisk { get; private set; } = ImmediateRisk.NotAsked;

    /// <summary>
    /// Whoever made the contact said someone is in danger now. Kept as its own column so every staff list can put
    /// such contacts first and flag them until triage gives contacts priorities.
    /// </summary>
    public bool ReportedInImmediateDanger { get; private set; }

    /// <summary>The sender's own key for the submission; unique, so a repeat makes no second contact.</summary>
    public string? ExternalKey { get; private set; }

    /// <summary>0–100: how much of what adult social care needs a professional sender gave; null for the public.</summary>
    public int? CompletenessScore { get; private set; }

    /// <summary>Why the contact is (or is not) tied to a person, as the matcher explained it.</summary>
    public string? MatchExplanation { get; private set; }

    /// <summary>What happened, as read from the story ("fall, concern for welfare").</summary>
    public string? IncidentType { get; private set; }

    /// <summary>Records what the sender told us at intake; told once, never retyped.</summary>
    public void RecordWhatWasReported(ReportedPerson person, CommunicationNeeds needs, ContactConsent consent, ImmediateRisk risk, string? externalKey)
    {
        ReportedPerson = person;
        CommunicationNeeds = needs;
        Consent = consent;
        ImmediateRisk = risk;
        ReportedInImmediateDanger = risk.InDangerNow == true;
        ExternalKey = string.IsNullOrWhiteSpace(externalKey) ? null : externalKey.Trim();
    }

    /// <summary>Processing may fill gaps from the story; it never overwrites what the sender gave.</summary>
    public void UpdateReportedPerson(ReportedPerson person) => ReportedPerson = person;

    public void ScoreCompleteness(int? score) =>
        CompletenessScore = score is null or (>= 0 and <= 100) ? score : throw new ArgumentOutOfRangeException(nameof(score), "A completeness score is 0 to 100.");

    public void RecordIncidentType(string? incidentType) => IncidentType = incidentType;

    /// <summary>
    /// An administrator confirmed that the organisation an email came from is a care provider: the contact is from a
    /// care provider, and no longer says its sender is unconfirmed.
    /// </summary>
    public void ConfirmSenderIsCareProvider()
    {
        Source = ContactSource.CareProvider;
        Caller = Caller is null ? null : Caller with { Relationship = null };
    }

    public const int MaxExtractedFactConfidenceLength = 200;

    /// <summary>
    /// How sure the reading of an email's text was, fact by fact ("Name=High;DateOfBirth=Medium"), so an advisor
    /// knows which extracted facts to check; null when nothing was read from text. See <see cref="Email.EmailFacts"/>.
    /// </summary>
    public string? ExtractedFactConfidence { get; private set; }

    public void RecordExtractedFactConfidence(string? confidence) =>
        ExtractedFactConfidence = string.IsNullOrEmpty(confidence) ? null : confidence.Bounded(MaxExtractedFactConfidenceLength);

    public void ExplainMatch(string explanation) => MatchExplanation = explanation;

    /// <summary>Takes the matcher's decision: linked, waiting for a person to choose, or unmatched; with its reasons.</summary>
    public void RecordMatch(ContactMatchOutcome outcome)
    {
        ExplainMatch(outcome.Explanation);
        switch (outcome.Kind)
        {
            case ContactMatchKind.Matched when outcome.PersonId is { } personId:
                MatchTo(personId);
                break;
            case ContactMatchKind.NeedsReview:
                MarkForMatchReview();
                break;
            default:
                LeaveUnmatched();
                break;
        }
    }

    /// <summary>No decisive match: back to unmatched, so a person can search.</summary>
    public void LeaveUnmatched()
    {
        EnsureNotClosed();
        PersonId = null;
        MatchState = PersonMatchState.Unmatched;
    }

    public void MatchTo(Guid personId)
    {
        EnsureNotClosed();
        PersonId = personId;
        MatchState = PersonMatchState.Matched;
    }

    /// <summary>
    /// The case system merged the person's record into another: the contact, open or closed, follows the kept
    /// record, as it was matched.
    /// </summary>
    public void FollowMergedPerson(Guid mergedPersonId, Guid keptPersonId)
    {
        if (PersonId == mergedPersonId)
        {
            PersonId = keptPersonId;
        }
    }

    public void MarkForMatchReview()
    {
        EnsureNotClosed();
        PersonId = null;
        MatchState = PersonMatchState.NeedsReview;
    }

    public void CreatedNewPerson(Guid personId)
    {
        EnsureNotClosed();
        PersonId = personId;
        MatchState = PersonMatchState.NewPerson;
    }

    public void Open(DateTimeOffset now) => MoveTo(ContactStatus.Open, now);

    public void NeedsAttention(string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException(nameof(AttentionReason), "Say why the contact needs attention");
        }

        MoveTo(ContactStatus.NeedsAttention, now);
        AttentionReason = reason;
    }

    public void Route(DateTimeOffset now) => MoveTo(ContactStatus.Routed, now);

    /// <summary>Counts a processing attempt made without a claim (the node that received the contact processes it at once).</summary>
    public void CountProcessingAttempt() => ProcessingAttempts++;

    /// <summary>After a failed attempt: when to try again, or null to leave it for a person.</summary>
    public void RetryProcessingAt(DateTimeOffset? nextAttemptAt) => NextAttemptAt = nextAttemptAt;

    /// <summary>A person has fixed the cause and asks for processing again: the back-off starts afresh.</summary>
    public void ResetProcessingAttempts()
    {
        ProcessingAttempts = 0;
        NextAttemptAt = null;
    }

    public void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseExpiresAt = null;
    }

    /// <summary>The caller now has the allocated worker's details; the outcome is the redirect, with the worker still to be told.</summary>
    public void PassToAllocatedWorker(DateTimeOffset now)
    {
        MoveTo(ContactStatus.PassedToAllocatedWorker, now);
        Outcome = ContactOutcome.RedirectedToAllocatedWorker;
    }

    public void Close(ContactOutcome outcome, DateTimeOffset now)
    {
        MoveTo(ContactStatus.Closed, now);
        Outcome = outcome;
        ClosedAt = now;
    }

    /// <summary>The moves a contact may make; anything else is a bug in the caller.</summary>
    public static bool CanMove(ContactStatus from, ContactStatus to) => (from, to) switch
    {
        (ContactStatus.Received, ContactStatus.Open or ContactStatus.NeedsAttention or ContactStatus.Closed) => true,
        (ContactStatus.NeedsAttention, ContactStatus.Open or ContactStatus.NeedsAttention or ContactStatus.Closed) => true,
        (ContactStatus.Open, ContactStatus.Routed or ContactStatus.PassedToAllocatedWorker or ContactStatus.Closed or ContactStatus.NeedsAttention) => true,
        (ContactStatus.Routed or ContactStatus.PassedToAllocatedWorker, ContactStatus.Closed) => true,
        _ => false,
    };

    private void MoveTo(ContactStatus next, DateTimeOffset now)
    {
        if (!CanMove(Status, next))
        {
            throw new InvalidOperationException($"A contact cannot move from {Status} to {next}.");
        }

        Status = next;
        StatusChangedAt = now;
        _unsavedMoves.Add(next);
        if (next != ContactStatus.NeedsAttention)
        {
            AttentionReason = null;
            NextAttemptAt = null;
        }
    }

    private void EnsureNotClosed()
    {
        if (Status == ContactStatus.Closed)
        {
            throw new InvalidOperationException("A closed contact cannot change its person.");
        }
    }

    private static string ValidStory(string story)
    {
        var trimmed = story?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainValidationException(nameof(Story), "Enter what the contact is about");
        }

        return trimmed.Length <= MaxStoryLength
            ? trimmed
            : throw new DomainValidationException(nameof(Story), $"What the contact is about must be {MaxStoryLength:N0} characters or fewer");
    }
}
