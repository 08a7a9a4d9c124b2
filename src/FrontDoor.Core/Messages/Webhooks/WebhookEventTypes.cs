using FrontDoor.Core.Contacts;

namespace FrontDoor.Core.Messages.Webhooks;

/// <summary>The events a receiving system can subscribe to, each caused by a contact's move to a status.</summary>
public static class WebhookEventTypes
{
    /// <summary>Processed and opened: its person matched (or not), so a receiver has the identifiers to file it under.</summary>
    public const string ContactReceived = "contact.received";

    /// <summary>Passed on to a team or pathway, or the caller given their allocated worker's details (the worker's team now has it).</summary>
    public const string ContactRouted = "contact.routed";

    public const string ContactClosed = "contact.closed";

    public static readonly IReadOnlyList<string> All = [ContactReceived, ContactRouted, ContactClosed];

    /// <summary>The event a move to <paramref name="status"/> causes, if any.</summary>
    public static string? ForMoveTo(ContactStatus status) => status switch
    {
        ContactStatus.Open => ContactReceived,
        ContactStatus.Routed or ContactStatus.PassedToAllocatedWorker => ContactRouted,
        ContactStatus.Closed => ContactClosed,
        _ => null,
    };
}
