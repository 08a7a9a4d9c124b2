using FrontDoor.Core.Audit;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>
/// Everything that arrived through one channel, before FrontDoor has interpreted any of it. The raw payload
/// (form post, API body, email MIME) is stored byte for byte next to the contact made from it.
/// </summary>
public sealed record IntakeSubmission
{
    public required ContactChannel Channel { get; init; }

    public required ContactSource Source { get; init; }

    /// <summary>When it arrived; the intake's clock when not given.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    public required byte[] RawPayload { get; init; }

    /// <summary>"message/rfc822", "application/json", "application/x-www-form-urlencoded"…</summary>
    public required string RawContentType { get; init; }

    /// <summary>What the contact is about, in the sender's words. Kept as text, never rendered as HTML.</summary>
    public required string Story { get; init; }

    public Caller? Caller { get; init; }

    public ReportedPerson ReportedPerson { get; init; } = ReportedPerson.Empty;

    /// <summary>Structured answers in the order they were asked.</summary>
    public IReadOnlyList<IntakeAnswer> Answers { get; init; } = [];

    public CommunicationNeeds CommunicationNeeds { get; init; } = CommunicationNeeds.None;

    public ContactConsent Consent { get; init; } = ContactConsent.NotAsked;

    public ImmediateRisk ImmediateRisk { get; init; } = ImmediateRisk.NotAsked;

    public IReadOnlyList<IntakeAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// Where to send the receipt ("we received your request, reference …"), written to the outbox with the contact;
    /// null sends none. Only an address the person gave, and agreed, to be contacted on about this request.
    /// </summary>
    public ReceiptAddress? ReceiptTo { get; init; }

    /// <summary>A professional's completeness receipt, emailed to the address they gave on the e-form; null sends none.</summary>
    public ReferralReceipt? ReferralReceiptTo { get; init; }

    /// <summary>The sender's own key for this submission (Idempotency-Key, form token): a repeat makes no second contact.</summary>
    public string? ExternalKey { get; init; }

    /// <summary>Who or what handed it in, for the audit trail: "mailbox", "partner:police", a user name.</summary>
    public AuditActor Actor { get; init; } = "intake";

    /// <summary>The person's record, when whoever hands it in already chose it (an advisor on a call): on the audit trail as a change to their record.</summary>
    public Guid? PersonId { get; init; }

    /// <summary>Where it came from for the audit trail: a mailbox, an IP address.</summary>
    public string? Origin { get; init; }
}

/// <summary>One question and its answer, as asked and given (e-forms, scripts, the public form).</summary>
/// <param name="Key">A stable key for rules such as <see cref="ReferralCompleteness"/> ("gp-practice"); the question text may change.</param>
public sealed record IntakeAnswer(string Key, string Question, string Answer);

/// <summary>A file that came with the submission.</summary>
public sealed record IntakeAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>Whether the person knows about, and agrees to, the contact. Null means not asked or not said.</summary>
public sealed record ContactConsent(bool? PersonIsAware = null, bool? ConsentsToSharing = null)
{
    public static ContactConsent NotAsked { get; } = new();
}

/// <summary>The immediate-risk questions every channel asks first. Null means not asked or not said.</summary>
public sealed record ImmediateRisk(bool? InDangerNow = null, bool? EmergencyServicesInvolved = null, string? Details = null)
{
    public const int MaxDetailsLength = IntakeLimits.MaxRiskDetailsLength;

    public static ImmediateRisk NotAsked { get; } = new();

    public bool WasAsked => InDangerNow is not null || EmergencyServicesInvolved is not null || Details is not null;
}
