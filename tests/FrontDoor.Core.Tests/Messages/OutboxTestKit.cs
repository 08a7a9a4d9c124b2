using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Messages;

internal static class OutboxTestKit
{
    /// <summary>A receipt written the way a cause writes it: staged by the outbox, committed with the contact it is about.</summary>
    public static async Task<Guid> AddReceiptAsync(TestDatabase database, FakeTimeProvider clock, CancellationToken ct, NotifyTemplate? template = null, string recipient = "someone@example.org")
    {
        template ??= NotifyTemplates.RequestReceivedEmail;
        await using var db = database.CreateDbContext();
        OutboxMessage? message = null;
        await IntakeTestKit.Intake(db, clock).ReceiveAsync(IntakeTestKit.Submission(), contact =>
            message = new Outbox(db, clock).Add(template.Kind, template.Name, recipient, new Dictionary<string, string> { ["reference"] = contact.Reference.ToString() }, contact.Id), ct);
        return message!.Id;
    }

    public static async Task<OutboxMessage> ReadAsync(TestDatabase database, Guid id, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
    }
}
