using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Timeline;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>How contact codes read on staff screens, and the colour of their tags.</summary>
public static class ContactWords
{
    public static string Status(ContactStatus status) => status switch
    {
        ContactStatus.Received => "Received",
        ContactStatus.NeedsAttention => "Needs attention",
        ContactStatus.Open => "Open",
        ContactStatus.Routed => "Passed on",
        ContactStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string StatusColour(ContactStatus status) => status switch
    {
        ContactStatus.NeedsAttention => "red",
        ContactStatus.Received => "yellow",
        ContactStatus.Open => "blue",
        ContactStatus.Routed => "purple",
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

    public static string TimelineTitle(TimelineEntryKind kind) => kind switch
    {
        TimelineEntryKind.Received => "Contact received",
        TimelineEntryKind.Matched => "Person matching",
        TimelineEntryKind.Note => "Note",
        TimelineEntryKind.CallBack => "Call back",
        TimelineEntryKind.Document => "Document added",
        TimelineEntryKind.StatusChanged => "Status changed",
        TimelineEntryKind.NeedsAttention => "Needs attention",
        _ => kind.ToString(),
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
