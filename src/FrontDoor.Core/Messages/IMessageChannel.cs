namespace FrontDoor.Core.Messages;

/// <summary>Sends one kind of message to the other side (GOV.UK Notify, a webhook receiver).</summary>
public interface IMessageChannel
{
    IReadOnlyCollection<MessageKind> Kinds { get; }

    /// <summary>
    /// Sends the message, carrying its id to the other side. Returns the other side's id for it, if any. Throws
    /// <see cref="MessageRefusedException"/> when the other side answered; timeouts and network failures propagate.
    /// </summary>
    Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>The other side answered with an error: worth retrying (429, 5xx) or not (any other 4xx).</summary>
public sealed class MessageRefusedException(int statusCode, string reason) : Exception(reason)
{
    public int StatusCode { get; } = statusCode;

    public bool WorthRetrying => StatusCode is 429 or >= 500;
}
