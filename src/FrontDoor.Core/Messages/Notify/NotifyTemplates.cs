namespace FrontDoor.Core.Messages.Notify;

/// <summary>
/// A GOV.UK Notify template FrontDoor sends, by the name configuration maps to its Notify id, with exactly the
/// personalisation fields FrontDoor fills: the template in Notify must use these and no others.
/// </summary>
public sealed record NotifyTemplate(string Name, MessageKind Kind, IReadOnlyList<string> Personalisation);

/// <summary>Every Notify template FrontDoor sends. Configuration must give each an id (<c>Messages:Notify:Templates</c>).</summary>
public static class NotifyTemplates
{
    /// <summary>"We received your request, reference …" to someone who asked for help online and gave an email address to be contacted on.</summary>
    public static readonly NotifyTemplate RequestReceivedEmail = new("request-received-email", MessageKind.NotifyEmail, ["reference"]);

    /// <summary>The same receipt by text message, to a mobile number given to be contacted on.</summary>
    public static readonly NotifyTemplate RequestReceivedSms = new("request-received-sms", MessageKind.NotifySms, ["reference"]);

    /// <summary>
    /// A professional's e-form receipt by email, to the address they gave on the form: the reference and, one to a
    /// line, what to include next time (as the confirmation page lists it). Nothing about the person referred.
    /// </summary>
    public static readonly NotifyTemplate ReferralReceivedEmail = new("referral-received-email", MessageKind.NotifyEmail, ["reference", "include_next_time"]);

    /// <summary>The automatic reply to someone who emailed the referrals mailbox: "we received your email, reference …".</summary>
    public static readonly NotifyTemplate EmailAcknowledgement = new("email-acknowledgement", MessageKind.NotifyEmail, ["reference"]);

    /// <summary>
    /// The automatic reply to someone who emailed the referrals mailbox though it is not for them (the channel policy):
    /// their email is a contact with this reference, and the online request for help (its link) is the way to ask.
    /// </summary>
    public static readonly NotifyTemplate EmailUseOnlineForm = new("email-use-online-form", MessageKind.NotifyEmail, ["reference", "online_request_link"]);

    /// <summary>
    /// To the allocated worker (or their team's inbox) when someone called or wrote about a person they hold: the
    /// contact's reference and a link to it in FrontDoor, never the story or the person's name.
    /// </summary>
    public static readonly NotifyTemplate AllocatedWorkerEmail = new("allocated-worker-email", MessageKind.NotifyEmail, ["reference", "contact_link"]);

    /// <summary>
    /// The allocated-worker look-up's answer, texted on request to the mobile number already on the person's record:
    /// who holds them (the team, and the worker where the council names workers), the duty line and its hours.
    /// </summary>
    public static readonly NotifyTemplate AllocatedWorkerDetailsSms = new("allocated-worker-details-sms", MessageKind.NotifySms, ["held_by", "duty_phone", "opening_hours"]);

    /// <summary>After a contact closes, an invitation to the feedback survey: its link only, never the contact's reference or story.</summary>
    public static readonly NotifyTemplate SurveyInvitationSms = new("survey-invitation-sms", MessageKind.NotifySms, ["survey_link"]);

    /// <summary>
    /// To someone waiting for a team, when their keep-in-touch check-in falls due: a link to say whether anything has
    /// changed and whether they would like a call. Only the link, never the team, the contact's reference or story.
    /// </summary>
    public static readonly NotifyTemplate CheckInPromptSms = new("check-in-prompt-sms", MessageKind.NotifySms, ["check_in_link"]);

    public static IReadOnlyList<NotifyTemplate> All { get; } = [RequestReceivedEmail, RequestReceivedSms, ReferralReceivedEmail, EmailAcknowledgement, EmailUseOnlineForm, AllocatedWorkerEmail, AllocatedWorkerDetailsSms, SurveyInvitationSms, CheckInPromptSms];

    public static NotifyTemplate? Named(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
