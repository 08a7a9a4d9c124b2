using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People.Matching;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>How contact codes read on staff screens, and the colour of their tags.</summary>
public static class ContactWords
{
    /// <summary>How sure FrontDoor is of a fact it read from an email's text.</summary>
    public static string ReadConfidence(FactConfidence confidence) => confidence switch
    {
        FactConfidence.High => "High confidence",
        FactConfidence.Medium => "Medium confidence",
        _ => "Low confidence",
    };

    public static string ReadConfidenceHint(FactConfidence confidence) => confidence switch
    {
        FactConfidence.High => "read from the email, where the sender labelled it",
        FactConfidence.Medium => "read from the email's sentences: check it against the story",
        _ => "found somewhere in the email: it may not be this person's",
    };

    public static string ReadConfidenceColour(FactConfidence confidence) => confidence switch
    {
        FactConfidence.High => "green",
        FactConfidence.Medium => "yellow",
        _ => "orange",
    };

    public static string Status(ContactStatus status) => status switch
    {
        ContactStatus.Received => "Received",
        ContactStatus.NeedsAttention => "Needs attention",
        ContactStatus.Open => "Open",
        ContactStatus.Routed => "Passed on",
        ContactStatus.PassedToAllocatedWorker => "Passed to allocated worker",
        ContactStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string StatusColour(ContactStatus status) => status switch
    {
        ContactStatus.NeedsAttention => "red",
        ContactStatus.Received => "yellow",
        ContactStatus.Open => "blue",
        ContactStatus.Routed => "purple",
        ContactStatus.PassedToAllocatedWorker => "turquoise",
        _ => "grey",
    };

    public static string Channel(ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => "Phone",
        ContactChannel.Email => "Email",
        ContactChannel.PublicOnlineForm => "Online request",
        ContactChannel.ProfessionalEForm => "Professional e-form",
        ContactChannel.PartnerApi => "Partner system",
        ContactChannel.FaceToFace => "Face to face",
        ContactChannel.Letter => "Letter",
        _ => channel.ToString(),
    };

    public static string Source(ContactSource source) => source switch
    {
        ContactSource.Self => "The person themselves",
        ContactSource.FamilyOrFriend => "Family or friend",
        ContactSource.Carer => "Carer",
        ContactSource.Police => "Police",
        ContactSource.Ambulance => "Ambulance service",
        ContactSource.GpOrPrimaryCare => "GP or primary care",
        ContactSource.Hospital => "Hospital",
        ContactSource.CareProvider => "Care provider",
        ContactSource.OtherProfessional => "Other professional",
        ContactSource.Internal => "Council staff",
        _ => source.ToString(),
    };

    public static string MatchState(PersonMatchState state) => state switch
    {
        PersonMatchState.Unmatched => "Not matched to a person yet",
        PersonMatchState.Matched => "Matched to a person record",
        PersonMatchState.NeedsReview => "Possible matches: someone needs to choose",
        PersonMatchState.NewPerson => "New person record created",
        _ => state.ToString(),
    };

    /// <summary>A matcher's decision or rule code as words: "family-name-date-of-birth-postcode" and "NeedsReview" both read as a sentence.</summary>
    public static string MatchDecision(string code)
    {
        var words = string.Concat(code.Select((c, i) => c is '-' or '_' ? " " : i > 0 && char.IsUpper(c) && !char.IsUpper(code[i - 1]) ? " " + c : c.ToString())).Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    /// <summary>"99.5% likely the same person (link)"; nothing for a rule-based matcher, which gives no likelihood.</summary>
    public static string? MatchLikelihood(StoredMatchCandidate candidate) => candidate.Probability is { } probability
        ? string.Create(CultureInfo.InvariantCulture, $"{probability * 100:0.#}% likely the same person") + (candidate.Band is { Length: > 0 } band ? $" ({MatchDecision(band).ToLowerInvariant()})" : string.Empty)
        : null;

    public static string TimelineTitle(TimelineEntryKind kind) => kind switch
    {
        TimelineEntryKind.Received => "Contact received",
        TimelineEntryKind.Matched => "Person matching",
        TimelineEntryKind.Note => "Note",
        TimelineEntryKind.CallBack => "Call back",
        TimelineEntryKind.Document => "Document added",
        TimelineEntryKind.StatusChanged => "Status changed",
        TimelineEntryKind.NeedsAttention => "Needs attention",
        TimelineEntryKind.SenderConfirmed => "Sender confirmed",
        _ => kind.ToString(),
    };

    public static string MessageTitle(ContactMessage message) => message.Kind switch
    {
        MessageKind.NotifyEmail => "Email",
        MessageKind.NotifySms => "Text message",
        MessageKind.Webhook => "Contact event",
        _ => "Message to another system",
    };

    /// <summary>What the message's <see cref="ContactMessage.Template"/> names: a Notify template, or a webhook's event type.</summary>
    public static string MessageTemplateLabel(ContactMessage message) => message.Kind == MessageKind.Webhook ? "Event" : "Template";

    /// <summary>How a message stands, in staff's words; a pending one without Notify says why it is waiting.</summary>
    public static string MessageStatus(ContactMessage message, bool notifyConfigured) => message.Status switch
    {
        Core.Messages.MessageStatus.Pending when !notifyConfigured && message.Kind is MessageKind.NotifyEmail or MessageKind.NotifySms => "Not sent: GOV.UK Notify is not configured",
        Core.Messages.MessageStatus.Pending when message.Attempts > 0 => "Waiting to try again",
        Core.Messages.MessageStatus.Pending => "Waiting to send",
        Core.Messages.MessageStatus.Sending => "Sending",

        // A receiving system's 2xx says it has the event: more than sent.
        Core.Messages.MessageStatus.Sent when message.Kind == MessageKind.Webhook => "Acknowledged",
        Core.Messages.MessageStatus.Sent => "Sent",
        Core.Messages.MessageStatus.Delivered => "Delivered",
        Core.Messages.MessageStatus.Failed => "Failed",
        Core.Messages.MessageStatus.Cancelled => "Cancelled",
        _ => message.Status.ToString(),
    };

    public static string MessageStatusColour(ContactMessage message) => message.Status switch
    {
        Core.Messages.MessageStatus.Sent or Core.Messages.MessageStatus.Delivered => "green",
        Core.Messages.MessageStatus.Failed => "red",
        Core.Messages.MessageStatus.Cancelled => "grey",
        _ => "yellow",
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => "Not asked or not said",
    };

    /// <summary>Times in the UK's local time, as staff read them.</summary>
    public static string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMMM yyyy 'at' h:mmtt", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);

    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024d:0.#} KB",
        _ => $"{bytes / 1024d / 1024d:0.#} MB",
    };

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
