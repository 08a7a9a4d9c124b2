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

    public static IReadOnlyList<NotifyTemplate> All { get; } = [RequestReceivedEmail, RequestReceivedSms];

    public static NotifyTemplate? Named(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
