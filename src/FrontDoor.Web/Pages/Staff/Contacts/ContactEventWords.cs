using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.WorkQueues;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>How a typed contact event reads on the timeline and in "what changed since you looked".</summary>
public sealed class ContactEventWords(WorkQueueCatalogue queues)
{
    public static string Title(ContactEvent e) => e.Kind switch
    {
        ContactEventKind.StatusChanged => "Status changed",
        ContactEventKind.QueueChanged => e.From is null ? "Put in a queue" : "Moved to another queue",
        ContactEventKind.Assigned => e.From is null ? "Taken on" : "Given to someone else",
        ContactEventKind.Unassigned => "Back in the queue",
        ContactEventKind.PriorityChanged => "Priority set",
        ContactEventKind.PriorityOverridden => "Priority changed by hand",
        ContactEventKind.StageChanged => "Three Conversations stage",
        ContactEventKind.FlowStarted => "Triage started",
        ContactEventKind.Answered => "Triage question answered",
        ContactEventKind.AssessmentRecorded => "Contact assessment",
        ContactEventKind.Referred => "Referred",
        ContactEventKind.SafeguardingEnquiryDecided => "Safeguarding enquiry decision",
        ContactEventKind.OutcomeRecorded => "Outcome recorded",
        ContactEventKind.CallBackScheduled => "Call back arranged",
        ContactEventKind.CallBackRescheduled => "Call back moved",
        ContactEventKind.CallBackDone => "Call back made",
        ContactEventKind.OutboundCallMade => e.To == nameof(OutboundCallPurpose.ChaseMissingInformation) ? "Call made to chase missing information" : e.To == nameof(OutboundCallPurpose.CallBack) ? "Call back made" : "Call made",
        ContactEventKind.CallBackCancelled => "Call back cancelled",
        ContactEventKind.FlaggedRecurring => "Recurring contact",
        ContactEventKind.FailureDemandRecorded => "Failure demand",
        ContactEventKind.CheckedIn => "Check-in while waiting",
        ContactEventKind.RiskEscalated when e.From == e.To => "Answer by text: escalated to the team manager",
        ContactEventKind.RiskEscalated => "Risk rose: escalated to the team manager",
        ContactEventKind.CheckInTextSent => "Check-in texted",
        _ => e.Kind.ToString(),
    };

    /// <summary>What happened, in a sentence, with the reason when there is one.</summary>
    public string Text(ContactEvent e)
    {
        var what = e.Kind switch
        {
            ContactEventKind.StatusChanged => $"From {StatusName(e.From)} to {StatusName(e.To)}.",
            ContactEventKind.QueueChanged when e.From is null => $"Put in {queues.NameOf(e.To)}.",
            ContactEventKind.QueueChanged => $"From {queues.NameOf(e.From)} to {queues.NameOf(e.To)}.",
            ContactEventKind.Assigned when e.From is null => $"{e.To} is working the contact.",
            ContactEventKind.Assigned => $"From {e.From} to {e.To}.",
            ContactEventKind.Unassigned => $"{e.From} stopped working the contact.",
            ContactEventKind.PriorityChanged or ContactEventKind.PriorityOverridden => e.From is null
                ? $"{Capitalised(PriorityName(e.To))}."
                : $"From {PriorityName(e.From)} to {PriorityName(e.To)}.",
            ContactEventKind.StageChanged => $"{StageName(e.To)}.",
            ContactEventKind.FlowStarted => $"Flow {e.To}.",
            ContactEventKind.Answered => $"{e.From}: {e.To}",
            ContactEventKind.Referred => $"To {queues.NameOf(e.To)}.",
            ContactEventKind.SafeguardingEnquiryDecided => e.To == "Enquiry" ? "The concern became a section 42 enquiry." : "The concern did not become an enquiry.",
            ContactEventKind.OutcomeRecorded => $"{OutcomeName(e.To)}.",
            ContactEventKind.CallBackScheduled => $"For {e.From}, by {EventTime(e.To)}.",
            ContactEventKind.CallBackRescheduled => $"From {EventTime(e.From)} to {EventTime(e.To)}.",
            ContactEventKind.CallBackDone or ContactEventKind.CallBackCancelled => $"It was due {EventTime(e.From)}.",
            ContactEventKind.FlaggedRecurring => $"The person's previous contact, {e.To}, closed recently.",
            ContactEventKind.FailureDemandRecorded => $"{FailureDemandName(e.To)}.",
            ContactEventKind.CheckedIn or ContactEventKind.RiskEscalated => e.From is null || e.From == e.To
                ? $"Risk {PriorityName(e.To)}."
                : $"Risk from {PriorityName(e.From)} to {PriorityName(e.To)}.",
            ContactEventKind.CheckInTextSent => $"To {e.To}, for the check-in due {EventTime(e.From)}.",
            ContactEventKind.OutboundCallMade => $"Called {CalledName(e.From)}.",
            _ => string.Empty,
        };
        return e.Reason is null ? what : $"{what} {e.Reason}".Trim();
    }

    /// <summary>The one sentence every contact form shows when someone else changed the contact first.</summary>
    public const string ChangedMeanwhile = "Someone else changed this contact while you were working on it, so your change was not saved. Check what they did, then try again";

    /// <summary>Who did what since the page was shown, oldest first, one line each.</summary>
    public IReadOnlyList<string> ChangesSince(ContactChangedException changed) =>
        changed.ChangesSince.Count == 0
            ? ["Details of the contact were updated."]
            : [.. changed.ChangesSince.Select(e => $"{e.ActorDisplayName}, {ContactWords.When(e.At)}: {Title(e)}. {Text(e)}")];

    /// <summary>Who an outbound call was to, from the event's stored name.</summary>
    public static string CalledName(string? called) => Enum.TryParse<CallBackPerson>(called, out var who)
        ? who switch { CallBackPerson.Person => "the person the contact is about", CallBackPerson.Referrer => "whoever made the contact", _ => "someone else" }
        : "someone";

    /// <summary>Whether a call got through and the facts it chased, in a sentence; empty when the details are not known.</summary>
    public static string CallDetails(ContactOutboundCall? call) => call is null
        ? string.Empty
        : (call.GotThrough ? "Got through." : "Did not get through.") +
          (call.Facts.Count == 0 ? string.Empty : $" Chasing {string.Join(", ", call.Facts.Select(FieldWords.Describe))}.");

    public static string PriorityName(TriagePriority priority) => priority switch
    {
        TriagePriority.Urgent => "Urgent",
        TriagePriority.High => "High",
        TriagePriority.Medium => "Medium",
        _ => "Low",
    };

    public static string PriorityColour(TriagePriority priority) => priority switch
    {
        TriagePriority.Urgent => "red",
        TriagePriority.High => "orange",
        TriagePriority.Medium => "yellow",
        _ => "grey",
    };

    public static string StageName(ThreeConversationsStage stage) => stage switch
    {
        ThreeConversationsStage.ListenAndConnect => "Conversation 1: listen and connect",
        ThreeConversationsStage.Crisis => "Conversation 2: crisis",
        _ => "Conversation 3: build a good life",
    };

    public static string OutcomeName(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.InformationAndAdvice => "Information and advice",
        ContactOutcome.Signposted => "Signposted",
        ContactOutcome.RedirectedToAllocatedWorker => "Redirected to allocated worker",
        ContactOutcome.NotForAdultSocialCare => "Not for adult social care",
        ContactOutcome.ReferredToReablement => "Referred to reablement",
        ContactOutcome.ReferredToSafeguarding => "Referred to safeguarding (MASH)",
        ContactOutcome.ReferredToOccupationalTherapy => "Referred to occupational therapy",
        ContactOutcome.ReferredToMentalHealthAct => "Referred for a Mental Health Act assessment (AMHP)",
        ContactOutcome.ReferredToCarersAssessment => "Referred for a carer's assessment",
        ContactOutcome.ReferredToFinancialAssessment => "Referred for a financial assessment",
        ContactOutcome.ReferredToLocalityTeam => "Referred to a locality team",
        ContactOutcome.ResolvedByTier1 => "Resolved by Tier 1",
        ContactOutcome.PassedToTier2 => "Passed to Tier 2",
        ContactOutcome.ReferredToSensory => "Referred to the sensory team",
        ContactOutcome.NoFurtherAction => "No further action",
        ContactOutcome.Withdrawn => "Withdrawn",
        _ => outcome.ToString(),
    };

    /// <summary>A due time as events store it (see <see cref="Contact.EventTime"/>), as staff read times.</summary>
    private static string EventTime(string? value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at) ? ContactWords.When(at) : value ?? string.Empty;
    public static string FailureDemandName(FailureDemandReason reason) => reason switch
    {
        FailureDemandReason.AboutAllocatedPerson => "About a person who already has an allocated worker",
        FailureDemandReason.NotForAdultSocialCare => "Not for adult social care",
        FailureDemandReason.RepeatOrChasing => "Repeat or chasing (asking where their request is)",
        FailureDemandReason.CouldNotReachTeam => "Could not reach the team",
        _ => reason.ToString(),
    };

    private static string FailureDemandName(string? value) => Enum.TryParse<FailureDemandReason>(value, out var reason) ? FailureDemandName(reason) : value ?? string.Empty;

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string StatusName(string? value) => Enum.TryParse<ContactStatus>(value, out var status) ? ContactWords.Status(status).ToLowerInvariant() : value ?? "nothing";

    private static string PriorityName(string? value) => Enum.TryParse<TriagePriority>(value, out var priority) ? PriorityName(priority).ToLowerInvariant() : value ?? "none";

    private static string StageName(string? value) => Enum.TryParse<ThreeConversationsStage>(value, out var stage) ? StageName(stage) : value ?? string.Empty;

    private static string OutcomeName(string? value) => Enum.TryParse<ContactOutcome>(value, out var outcome) ? OutcomeName(outcome) : value ?? string.Empty;
}
