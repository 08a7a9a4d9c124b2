using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.People;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.Contacts;

/// <summary>
/// One arrival through one channel: who made it, what they said in their own words, and which person it is
/// about. The story is told once and travels with the contact.
/// </summary>
public sealed class Contact
{
    public const int MaxStoryLength = 20_000;
    public const int MaxClosingSummaryLength = 2000;
    public const int MaxQueueKeyLength = 60;
    public const int MaxFlowIdLength = 60;

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

    // Only the events made since the contact was loaded: the save inserts them with the change. Read history through
    // the events table (ContactEvents), not this.
    private readonly List<ContactEvent> _events = [];

    /// <summary>The typed events this instance recorded (not loaded history).</summary>
    public IReadOnlyCollection<ContactEvent> Events => _events;

    public Guid Id { get; private set; }

    /// <summary>
    /// Goes up with every recorded change and is checked by the save: two people changing the contact at once never
    /// silently overwrite each other.
    /// </summary>
    public int Version { get; private set; }

    /// <summary>The work queue the contact waits in (a key from <c>WorkQueues:Queues</c>); null before routing.</summary>
    public string? QueueKey { get; private set; }

    public DateTimeOffset? QueuedAt { get; private set; }

    /// <summary>Who is working the contact (their stable user id), or null when it waits in its queue.</summary>
    public string? AssignedToId { get; private set; }

    public string? AssignedToName { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    /// <summary>How urgently it must be worked; null until the priority rules have looked at it.</summary>
    public TriagePriority? Priority { get; private set; }

    public const int MaxPriorityReasonsLength = 1000;

    /// <summary>Why the contact has its priority: the rules that fired, or the override's reason.</summary>
    public string? PriorityReasons { get; private set; }

    /// <summary>True when staff set the priority by hand: the rules no longer change it.</summary>
    public bool PriorityOverridden { get; private set; }

    /// <summary>When the first response is due, from the priority's response target.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public ThreeConversationsStage? Stage { get; private set; }

    /// <summary>The triage flow run on the contact, and the version of it, so its answers read against the right questions.</summary>
    public string? FlowId { get; private set; }

    public int? FlowVersion { get; private set; }

    /// <summary>What was done and why, written on closing.</summary>
    public string? ClosingSummary { get; private set; }

    /// <summary>How many times the contact passed from one team, queue or person to another.</summary>
    public int HandOffs { get; private set; }

    // The call back arranged and not yet made or cancelled, in columns so "call backs due" is a query; the history
    // of call backs is in the events.
    public DateTimeOffset? CallBackDueAt { get; private set; }

    public CallBackPerson? CallBackWho { get; private set; }

    public string? CallBackOtherName { get; private set; }

    /// <summary>E.164.</summary>
    public string? CallBackOtherPhone { get; private set; }

    public string? CallBackReason { get; private set; }

    /// <summary>The member of staff who will make the call back (their stable user id).</summary>
    public string? CallBackForId { get; private set; }

    public string? CallBackForName { get; private set; }

    public DateTimeOffset? CallBackArrangedAt { get; private set; }

    /// <summary>The call back still to make, if one is arranged.</summary>
    public ScheduledCallBack? CallBack => CallBackDueAt is { } due
        ? new ScheduledCallBack(due, CallBackWho ?? CallBackPerson.Person, CallBackOtherName, CallBackOtherPhone, CallBackReason ?? string.Empty, CallBackForId ?? string.Empty, CallBackForName ?? string.Empty, CallBackArrangedAt ?? due)
        : null;
    /// <summary>
    /// The person's previous contact, when it closed within the recurring window before this one arrived or was
    /// linked: this one is "recurring". Null when it is not.
    /// </summary>
    public Guid? RecurringOfContactId { get; private set; }

    /// <summary>Why staff recorded the contact as failure demand; null when they have not.</summary>
    public FailureDemandReason? FailureDemandReason { get; private set; }

    /// <summary>The contact this one chases ("where is my request?"), when staff recorded it as chasing.</summary>
    public Guid? ChasesContactId { get; private set; }

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

    /// <summary>Intake's score of a professional referral, with the required facts it arrived without (none: complete).</summary>
    public void ScoreCompleteness(CompletenessResult result)
    {
        ScoreCompleteness(result.Score);
        MissingRequiredFacts = string.Join(',', result.MissingRequired).Bounded(MaxMissingRequiredFactsLength);
    }

    public const int MaxMissingRequiredFactsLength = 400;

    /// <summary>
    /// The required facts (<see cref="ReferralField"/> names, comma separated) for its partner type that a professional
    /// referral arrived without, as intake scored it: empty when it had them all, null when not scored this way.
    /// </summary>
    public string? MissingRequiredFacts { get; private set; }

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

    public void Open(DateTimeOffset now) => MoveTo(ContactStatus.Open, now, ContactEvent.System, null);

    public void NeedsAttention(string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException(nameof(AttentionReason), "Say why the contact needs attention");
        }

        MoveTo(ContactStatus.NeedsAttention, now, ContactEvent.System, reason);
        AttentionReason = reason;
    }

    /// <summary>Whether the page that asked for a change showed the contact as it is now.</summary>
    public bool IsAtVersion(int version) => Version == version;

    /// <summary>The contact waits in a queue from now on: on arrival (a routing rule) or moved there by staff (a hand-off).</summary>
    public void MoveToQueue(string queueKey, string reason, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        if (string.IsNullOrWhiteSpace(queueKey) || queueKey.Length > MaxQueueKeyLength)
        {
            throw new DomainValidationException(nameof(QueueKey), "Select a queue");
        }

        if (queueKey == QueueKey)
        {
            throw new DomainValidationException(nameof(QueueKey), "The contact is already in that queue");
        }

        var from = QueueKey;
        QueueKey = queueKey;
        QueuedAt = now;
        var handOff = from is not null;
        Record(ContactEventKind.QueueChanged, now, by, from, queueKey, reason, handOff);
        if (AssignedToId is not null)
        {
            ClearAssignment(now, by, "Moved to another queue");
        }
    }

    /// <summary>Someone takes the contact on (themselves, or given by a manager). Passing it from one person to another is a hand-off.</summary>
    public void AssignTo(string userId, string userName, DateTimeOffset now, AuditActor by, string? reason = null)
    {
        EnsureOpenForWork();
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new DomainValidationException(nameof(AssignedToId), "Select who will work the contact");
        }

        if (userId == AssignedToId)
        {
            throw new DomainValidationException(nameof(AssignedToId), $"The contact is already assigned to {AssignedToName ?? userId}");
        }

        // The event names people as staff know them; the contact keeps the stable id for "my work".
        var from = AssignedToName;
        var handOff = AssignedToId is not null;
        AssignedToId = userId.Bounded(ContactEvent.MaxActorLength);
        AssignedToName = (string.IsNullOrWhiteSpace(userName) ? userId : userName).Bounded(ContactEvent.MaxActorLength);
        AssignedAt = now;
        Record(ContactEventKind.Assigned, now, by, from, AssignedToName, reason, isHandOff: handOff);
    }

    /// <summary>Back to the queue, for anyone to take.</summary>
    public void Unassign(DateTimeOffset now, AuditActor by, string? reason = null)
    {
        EnsureOpenForWork();
        if (AssignedToId is null)
        {
            throw new DomainValidationException(nameof(AssignedToId), "No one is working the contact");
        }

        ClearAssignment(now, by, reason);
    }

    /// <summary>The priority rules' decision; ignored once staff have overridden it, so a person's judgement stands.</summary>
    public void PrioritiseByRules(TriagePriority priority, IReadOnlyList<string> reasons, DateTimeOffset dueAt, DateTimeOffset now)
    {
        if (PriorityOverridden || Status == ContactStatus.Closed)
        {
            return;
        }

        var why = string.Join("; ", reasons).Bounded(MaxPriorityReasonsLength);
        if (Priority == priority && PriorityReasons == why && DueAt == dueAt)
        {
            return;
        }

        var from = Priority;
        Priority = priority;
        PriorityReasons = why;
        DueAt = dueAt;
        if (from != priority)
        {
            Record(ContactEventKind.PriorityChanged, now, ContactEvent.System, from?.ToString(), priority.ToString(), why, isHandOff: false);
        }
    }

    /// <summary>Staff set the priority by hand, saying why; the due time follows the new priority's target.</summary>
    public void OverridePriority(TriagePriority priority, string reason, DateTimeOffset dueAt, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException(nameof(PriorityReasons), "Enter why you are changing the priority");
        }

        if (reason.Trim().Length > MaxPriorityReasonsLength)
        {
            throw new DomainValidationException(nameof(PriorityReasons), $"The reason must be {MaxPriorityReasonsLength:N0} characters or fewer");
        }

        var from = Priority;
        Priority = priority;
        PriorityReasons = reason.Trim();
        PriorityOverridden = true;
        DueAt = dueAt;
        Record(ContactEventKind.PriorityOverridden, now, by, from?.ToString(), priority.ToString(), PriorityReasons, isHandOff: false);
    }

    public void RecordStage(ThreeConversationsStage stage, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        if (Stage == stage)
        {
            return;
        }

        var from = Stage;
        Stage = stage;
        Record(ContactEventKind.StageChanged, now, by, from?.ToString(), stage.ToString(), null, isHandOff: false);
    }

    /// <summary>A triage flow is run on the contact; the version is kept so its answers always read against its own questions.</summary>
    public void StartFlow(string flowId, int version, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        if (string.IsNullOrWhiteSpace(flowId) || flowId.Length > MaxFlowIdLength)
        {
            throw new DomainValidationException(nameof(FlowId), "Select a triage flow");
        }

        var from = FlowId is null ? null : $"{FlowId}@{FlowVersion}";
        FlowId = flowId;
        FlowVersion = version;
        Record(ContactEventKind.FlowStarted, now, by, from, $"{flowId}@{version}", null, isHandOff: false);
    }

    /// <summary>A triage answer: the answer itself is kept with the flow's answers; the event says who gave it and when.</summary>
    public void RecordAnswer(string stepId, string answer, bool fromIntake, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        Record(ContactEventKind.Answered, now, by, stepId, answer, fromIntake ? "Given at intake" : null, isHandOff: false);
    }

    /// <summary>The contact assessment (or its benefits and charging prompts) was recorded or changed.</summary>
    public void RecordAssessment(string whatChanged, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        Record(ContactEventKind.AssessmentRecorded, now, by, null, null, whatChanged, isHandOff: false);
    }

    /// <summary>
    /// Passes the contact, whole, to a team's queue for a referral of the given type: routed, out of the front door's
    /// queues and into the team's, counted as a hand-off. The caller checks the team takes that type.
    /// </summary>
    public void Refer(string referralType, string queueKey, string? reason, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        var from = QueueKey;
        QueueKey = queueKey.Bounded(MaxQueueKeyLength);
        QueuedAt = now;
        Record(ContactEventKind.Referred, now, by, from, QueueKey, string.IsNullOrWhiteSpace(reason) ? referralType : $"{referralType}: {reason.Trim()}", isHandOff: true);

        // The receiving team takes it from its queue: whoever was working it stops, recorded as a transfer records it.
        if (AssignedToId is not null)
        {
            ClearAssignment(now, by, "Referred to another team");
        }
        if (Status != ContactStatus.Routed)
        {
            MoveTo(ContactStatus.Routed, now, by, null);
        }
    }

    /// <summary>Arranges a call back by a time, checked by <see cref="ScheduledCallBack.Check"/>; one at a time per contact.</summary>
    public void ArrangeCallBack(CallBackArrangement arrangement, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        if (CallBackDueAt is not null)
        {
            throw new DomainValidationException(nameof(CallBack), "A call back is already arranged: change it or cancel it instead");
        }

        var (valid, problems) = ScheduledCallBack.Check(arrangement, now);
        if (valid is null)
        {
            throw new DomainValidationException(problems[0].Field, problems[0].Message);
        }

        CallBackDueAt = valid.DueAt;
        CallBackWho = valid.Who;
        CallBackOtherName = valid.OtherName;
        CallBackOtherPhone = valid.OtherPhone;
        CallBackReason = valid.Reason;
        CallBackForId = valid.ForId.Bounded(ContactEvent.MaxActorLength);
        CallBackForName = valid.ForName.Bounded(ContactEvent.MaxActorLength);
        CallBackArrangedAt = now;
        Record(ContactEventKind.CallBackScheduled, now, by, CallBackForName, EventTime(valid.DueAt), valid.Reason, isHandOff: false);
    }

    /// <summary>Moves the arranged call back to a later time, saying why.</summary>
    public void RescheduleCallBack(DateTimeOffset dueAt, string? reason, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        var due = CallBackDueAt ?? throw new DomainValidationException(nameof(CallBack), "No call back is arranged");
        var problems = new List<(string Field, string Message)>();
        ScheduledCallBack.CheckDue(dueAt, now, problems);
        var why = ScheduledCallBack.CheckReason(reason, "Enter why you are changing the call back time", problems, "Reason");
        if (problems.Count > 0)
        {
            throw new DomainValidationException(problems[0].Field, problems[0].Message);
        }

        CallBackDueAt = dueAt;
        Record(ContactEventKind.CallBackRescheduled, now, by, EventTime(due), EventTime(dueAt), why, isHandOff: false);
    }

    /// <summary>The arranged call back was made.</summary>
    public void CompleteCallBack(DateTimeOffset now, AuditActor by, string? note = null)
    {
        var due = CallBackDueAt ?? throw new DomainValidationException(nameof(CallBack), "No call back is arranged");
        ClearCallBack();
        Record(ContactEventKind.CallBackDone, now, by, EventTime(due), null, note, isHandOff: false);
    }

    /// <summary>
    /// A member of staff phoned someone about the contact, whether or not the call got through: a typed event (From is
    /// who was called, To the purpose, Reason the note). A call back made while one is arranged marks it done too.
    /// </summary>
    public ContactEvent RecordOutboundCall(OutboundCallPurpose purpose, CallBackPerson called, string? note, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        if (purpose == OutboundCallPurpose.CallBack && CallBackDueAt is not null)
        {
            CompleteCallBack(now, by, "Recorded as a call made");
        }

        return Record(ContactEventKind.OutboundCallMade, now, by, called.ToString(), purpose.ToString(), note, isHandOff: false);
    }

    /// <summary>The arranged call back will not be made, and why.</summary>
    public void CancelCallBack(string? reason, DateTimeOffset now, AuditActor by)
    {
        var due = CallBackDueAt ?? throw new DomainValidationException(nameof(CallBack), "No call back is arranged");
        var problems = new List<(string Field, string Message)>();
        var why = ScheduledCallBack.CheckReason(reason, "Enter why you are cancelling the call back", problems, "Reason");
        if (why is null)
        {
            throw new DomainValidationException(problems[0].Field, problems[0].Message);
        }

        ClearCallBack();
        Record(ContactEventKind.CallBackCancelled, now, by, EventTime(due), null, why, isHandOff: false);
    }

    /// <summary>Due times in events are stored round-trip in UTC, so they sort and parse the same on both databases.</summary>
    public static string EventTime(DateTimeOffset at) => at.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private void ClearCallBack()
    {
        CallBackDueAt = null;
        CallBackWho = null;
        CallBackOtherName = null;
        CallBackOtherPhone = null;
        CallBackReason = null;
        CallBackForId = null;
        CallBackForName = null;
        CallBackArrangedAt = null;
    }

    /// <summary>
    /// The person's previous contact closed within the recurring window: this one is recurring, linked to it. Flagged
    /// once (the first previous contact found stands); a contact linked to someone else later keeps its flag.
    /// </summary>
    public void FlagRecurring(Guid previousContactId, ContactReference previousReference, DateTimeOffset previousClosedAt, DateTimeOffset now)
    {
        if (RecurringOfContactId is not null || previousContactId == Id)
        {
            return;
        }

        RecurringOfContactId = previousContactId;
        Record(ContactEventKind.FlaggedRecurring, now, ContactEvent.System, null, previousReference.ToString(),
            $"The previous contact closed on {previousClosedAt.UtcDateTime:d MMMM yyyy}", isHandOff: false);
    }

    /// <summary>
    /// Staff record the contact as failure demand with its reason and, for a chasing contact, the contact it chases.
    /// The caller checks the chased contact is the same person's.
    /// </summary>
    public void RecordFailureDemand(FailureDemandReason reason, Guid? chases, ContactReference? chasesReference, DateTimeOffset now, AuditActor by)
    {
        if (!Enum.IsDefined(reason))
        {
            throw new DomainValidationException(nameof(FailureDemandReason), "Select why this is failure demand");
        }

        if (chases == Id)
        {
            throw new DomainValidationException(nameof(ChasesContactId), "A contact cannot chase itself");
        }

        if (FailureDemandReason == reason && ChasesContactId == chases)
        {
            return;
        }

        var from = FailureDemandReason;
        FailureDemandReason = reason;
        ChasesContactId = chases;
        Record(ContactEventKind.FailureDemandRecorded, now, by, from?.ToString(), reason.ToString(),
            chasesReference is { } chased ? $"Chasing contact {chased}" : null, isHandOff: false);
    }

    /// <summary>
    /// A keep-in-touch check-in with someone waiting for a team: recorded with the risk it found. A higher risk sets the
    /// contact's priority by hand (the rules no longer lower it) and escalates to the team manager as its own event.
    /// </summary>
    public void RecordCheckIn(TriagePriority risk, string how, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        if (!Enum.IsDefined(risk))
        {
            throw new DomainValidationException(nameof(Priority), "Select the person's risk now");
        }

        var from = Priority;
        Record(ContactEventKind.CheckedIn, now, by, from?.ToString(), risk.ToString(), how, isHandOff: false);
        if (from is { } before && risk < before)
        {
            Priority = risk;
            PriorityReasons = $"Risk rose at a check-in: {how}".Bounded(MaxPriorityReasonsLength);
            PriorityOverridden = true;
            Record(ContactEventKind.RiskEscalated, now, by, before.ToString(), risk.ToString(), how, isHandOff: false);
        }
    }

    /// <summary>A check-in was texted to the person (the number masked, as the timeline shows every message).</summary>
    public void RecordCheckInTextSent(string maskedMobile, DateTimeOffset dueAt, DateTimeOffset now) =>
        Record(ContactEventKind.CheckInTextSent, now, ContactEvent.System, dueAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), maskedMobile, null, isHandOff: false);

    /// <summary>
    /// The person answered a texted check-in. It never sets the risk: a change, or a request for a call, escalates to
    /// the team manager for a person to look at, with the risk as it stands.
    /// </summary>
    public void RecordCheckInByText(bool changed, string? whatChanged, bool wantsCall, DateTimeOffset now, AuditActor by)
    {
        EnsureOpenForWork();
        var risk = Priority?.ToString();
        var how = (changed ? $"By text. Changed: {whatChanged?.Trim()}" : "By text. Nothing changed.")
            + (wantsCall ? " Asked for a call." : " No call needed.");
        Record(ContactEventKind.CheckedIn, now, by, risk, risk, how, isHandOff: false);
        if (changed || wantsCall)
        {
            var why = changed && wantsCall ? "The person said by text that things have changed and asked for a call."
                : changed ? "The person said by text that things have changed."
                : "The person asked by text for a call.";
            Record(ContactEventKind.RiskEscalated, now, by, risk, risk, why, isHandOff: false);
        }
    }

    /// <summary>Whether a safeguarding alert became a section 42 enquiry, recorded when the MASH decides.</summary>
    public void RecordSafeguardingEnquiryDecision(bool becameEnquiry, DateTimeOffset now, AuditActor by) =>
        Record(ContactEventKind.SafeguardingEnquiryDecided, now, by, null, becameEnquiry ? "Enquiry" : "No enquiry", null, isHandOff: false);

    /// <summary>For the demo's history only: a contact routed with no queue, as older records were.</summary>
    public void Route(DateTimeOffset now) => MoveTo(ContactStatus.Routed, now, ContactEvent.System, null);

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
    public void PassToAllocatedWorker(DateTimeOffset now, AuditActor? by = null)
    {
        by ??= ContactEvent.System;
        MoveTo(ContactStatus.PassedToAllocatedWorker, now, by, null);
        Outcome = ContactOutcome.RedirectedToAllocatedWorker;
        Record(ContactEventKind.OutcomeRecorded, now, by, null, ContactOutcome.RedirectedToAllocatedWorker.ToString(), null, isHandOff: false);
    }

    public void Close(ContactOutcome outcome, DateTimeOffset now) => Close([outcome], null, now, ContactEvent.System);

    /// <summary>
    /// Closes the contact with its outcomes, the first being the main one, and a short summary of what was done. The
    /// caller has checked everything the outcomes need.
    /// </summary>
    public void Close(IReadOnlyList<ContactOutcome> outcomes, string? summary, DateTimeOffset now, AuditActor by)
    {
        if (outcomes.Count == 0)
        {
            throw new DomainValidationException(nameof(Outcome), "Select at least one outcome");
        }

        if (summary is { Length: > MaxClosingSummaryLength })
        {
            throw new DomainValidationException(nameof(ClosingSummary), $"The closing summary must be {MaxClosingSummaryLength:N0} characters or fewer");
        }

        MoveTo(ContactStatus.Closed, now, by, null);
        Outcome = outcomes[0];
        ClosingSummary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        ClosedAt = now;
        foreach (var outcome in outcomes.Distinct())
        {
            Record(ContactEventKind.OutcomeRecorded, now, by, null, outcome.ToString(), null, isHandOff: false);
        }
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

    private void MoveTo(ContactStatus next, DateTimeOffset now, AuditActor by, string? reason)
    {
        if (!CanMove(Status, next))
        {
            throw new InvalidOperationException($"A contact cannot move from {Status} to {next}.");
        }

        var from = Status;
        Status = next;
        Record(ContactEventKind.StatusChanged, now, by, from.ToString(), next.ToString(), reason, isHandOff: false);
        StatusChangedAt = now;
        _unsavedMoves.Add(next);
        if (next != ContactStatus.NeedsAttention)
        {
            AttentionReason = null;
            NextAttemptAt = null;
        }
    }

    private ContactEvent Record(ContactEventKind kind, DateTimeOffset now, AuditActor by, string? from, string? to, string? reason, bool isHandOff)
    {
        Version++;
        if (isHandOff)
        {
            HandOffs++;
        }

        var recorded = new ContactEvent(Guid.CreateVersion7(now), Id, Version, now, by, kind, from, to, reason, isHandOff);
        _events.Add(recorded);
        return recorded;
    }

    private void ClearAssignment(DateTimeOffset now, AuditActor by, string? reason)
    {
        var from = AssignedToName;
        AssignedToId = null;
        AssignedToName = null;
        AssignedAt = null;
        Record(ContactEventKind.Unassigned, now, by, from, null, reason, isHandOff: false);
    }

    /// <summary>Triage work is for contacts still with someone to work them; a closed one is history.</summary>
    private void EnsureOpenForWork()
    {
        if (Status is ContactStatus.Closed or ContactStatus.Received)
        {
            throw new DomainValidationException(nameof(Status), Status == ContactStatus.Closed ? "The contact is closed" : "The contact has not been processed yet");
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
