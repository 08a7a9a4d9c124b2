using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Contacts.Timeline;

public sealed class ContactTimelineTests
{
    [Theory]
    [BothProviders]
    public async Task Staff_AddNoteCallBackAndDocument_InOrder_WithAudit(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAsync(IntakeTestKit.Submission(), ct);
        var timeline = new ContactTimeline(db, clock);

        clock.Advance(TimeSpan.FromMinutes(5));
        await timeline.AddNoteAsync(receipt.ContactId, "advisor.one", "Spoke to neighbour. <b>Not</b> urgent.", ct);
        clock.Advance(TimeSpan.FromMinutes(5));
        await timeline.AddDocumentAsync(receipt.ContactId, "advisor.one", "../../etc/letter.pdf", "application/pdf", [1, 2, 3], "GP letter", ct);

        var entries = await timeline.ListAsync(receipt.ContactId, ct);
        Assert.Equal([TimelineEntryKind.Received, TimelineEntryKind.Note, TimelineEntryKind.Document], entries.Select(e => e.Kind));
        Assert.Equal("Spoke to neighbour. <b>Not</b> urgent.", entries[1].Text);
        var document = await db.ContactAttachments.SingleAsync(a => a.Id == entries[2].AttachmentId, ct);
        Assert.Equal(("letter.pdf", 3L), (document.FileName, document.Size));
        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.RecordType == nameof(ContactTimelineEntry), ct));
    }

    [Theory]
    [BothProviders]
    public async Task AddNote_EmptyTooLongOrUnknownContact_IsRefused(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAsync(IntakeTestKit.Submission(), ct);
        var timeline = new ContactTimeline(db, clock);

        Assert.Equal("Text", (await Assert.ThrowsAsync<DomainValidationException>(() => timeline.AddNoteAsync(receipt.ContactId, "a", "  ", ct))).Field);
        Assert.Equal("Text", (await Assert.ThrowsAsync<DomainValidationException>(() => timeline.AddNoteAsync(receipt.ContactId, "a", new string('x', ContactTimelineEntry.MaxTextLength + 1), ct))).Field);
        Assert.Equal("ContactId", (await Assert.ThrowsAsync<DomainValidationException>(() => timeline.AddNoteAsync(Guid.NewGuid(), "a", "hello", ct))).Field);
        Assert.Equal("Document", (await Assert.ThrowsAsync<DomainValidationException>(() => timeline.AddDocumentAsync(receipt.ContactId, "a", "x.bin", "application/octet-stream", new byte[IntakeLimits.MaxAttachmentBytes + 1], null, ct))).Field);
    }
}
