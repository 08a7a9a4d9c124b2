using System.Text.Json;
using FrontDoor.Core.Data;

namespace FrontDoor.Core.Messages;

/// <summary>
/// Where a change that causes a message writes it. <see cref="Add"/> only stages the message on the caller's
/// DbContext, so it is committed by the caller's own SaveChanges, with the change, or not at all.
/// </summary>
public sealed class Outbox(FrontDoorDbContext db, TimeProvider clock)
{
    public OutboxMessage Add(MessageKind kind, string template, string recipient, IReadOnlyDictionary<string, string> personalisation, Guid? contactId)
    {
        var now = clock.GetUtcNow();
        var message = new OutboxMessage(Guid.CreateVersion7(now), kind, template, recipient, JsonSerializer.Serialize(personalisation), contactId, now);
        db.Add(message);
        return message;
    }
}
