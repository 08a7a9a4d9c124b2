using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Audit;

public sealed class PersonAccessReportTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [BothProviders]
    public async Task ReadPage_ListsEverythingThatShowedThePerson_NewestFirst_AndAuditsItself(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var (doris, other) = await TwoPeopleAsync(database);
        var advisor = new AuditActor("sub-advisor", "Amira Khan", "Advisor");
        await using (var db = database.CreateDbContext())
        {
            var audit = new AuditLog(db, clock);
            audit.Record(advisor, AuditAction.Searched, "Person", null, "10.0.0.1", "person search, 2 results", [doris, other]);
            clock.Advance(TimeSpan.FromMinutes(1));
            audit.Record(advisor, AuditAction.Viewed, "Person", AuditEvent.IdOf(doris), "10.0.0.1", "opened from person search", [doris]);
            clock.Advance(TimeSpan.FromMinutes(1));
            audit.Record(advisor, AuditAction.Viewed, "Person", AuditEvent.IdOf(other), "10.0.0.1", "opened person record", [other]);
            clock.Advance(TimeSpan.FromDays(2));
            audit.Record("mailbox", AuditAction.Created, "Contact", AuditEvent.IdOf(Guid.CreateVersion7()), "imap", "received by Email", [doris]);
            await db.SaveChangesAsync(ct);
        }

        clock.Advance(TimeSpan.FromHours(1));
        PersonAccessPage page;
        await using (var db = database.CreateDbContext())
        {
            page = (await new PersonAccessReport(db, clock).ReadPageAsync(new PersonAccessQuery(doris), new AuditActor("sub-admin", "Dev Patel", "Administrator"), "10.0.0.9", ct))!;
        }

        Assert.Equal("Doris Whitworth", page.PersonName);
        Assert.Equal(3, page.Total);
        Assert.Equal(
            [(AuditAction.Created, "mailbox", (string?)null), (AuditAction.Viewed, "sub-advisor", "Amira Khan"), (AuditAction.Searched, "sub-advisor", "Amira Khan")],
            page.Entries.Select(e => (e.Action, e.ActorId, e.ActorName)));
        Assert.Equal(("Advisor", "opened from person search", "10.0.0.1"), (page.Entries[1].ActorRole, page.Entries[1].Detail, page.Entries[1].Origin));

        // Looking at the report is itself a look at the record: the next report shows it.
        await using (var db = database.CreateDbContext())
        {
            var next = (await new PersonAccessReport(db, clock).ReadPageAsync(new PersonAccessQuery(doris), "sub-admin", null, ct))!;
            Assert.Equal(4, next.Total);
            Assert.Equal((PersonAccessReport.RecordType, "Dev Patel", "Administrator"), (next.Entries[0].RecordType, next.Entries[0].ActorName, next.Entries[0].ActorRole));
        }
    }

    [Theory]
    [BothProviders]
    public async Task ReadPage_WithADateRange_KeepsBothEndDaysAndPagesThroughTheRest(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var (doris, _) = await TwoPeopleAsync(database);
        await using (var db = database.CreateDbContext())
        {
            var audit = new AuditLog(db, clock);
            for (var day = 0; day < 10; day++)
            {
                audit.Record("sub-advisor", AuditAction.Viewed, "Person", AuditEvent.IdOf(doris), null, $"day {day}", [doris]);
                clock.Advance(TimeSpan.FromDays(1));
            }

            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateDbContext();
        var report = new PersonAccessReport(read, clock);
        var from = DateOnly.FromDateTime(Start.UtcDateTime).AddDays(2);
        var first = (await report.ReadPageAsync(new PersonAccessQuery(doris, from, from.AddDays(4), Page: 1, PageSize: 3), "sub-admin", null, ct))!;
        var second = (await report.ReadPageAsync(new PersonAccessQuery(doris, from, from.AddDays(4), Page: 2, PageSize: 3), "sub-admin", null, ct))!;

        Assert.Equal((5, 2), (first.Total, first.PageCount));
        Assert.Equal(["day 6", "day 5", "day 4"], first.Entries.Select(e => e.Detail));
        Assert.Equal(["day 3", "day 2"], second.Entries.Select(e => e.Detail));
    }

    [Theory]
    [BothProviders]
    public async Task ReadPage_ForNobody_IsNullAndAuditsNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        Assert.Null(await new PersonAccessReport(db, TimeProvider.System).ReadPageAsync(new PersonAccessQuery(Guid.CreateVersion7()), "sub-admin", null, ct));
        Assert.Equal(0, await db.AuditEvents.CountAsync(ct));
    }

    private static async Task<(Guid Doris, Guid Other)> TwoPeopleAsync(TestDatabase database)
    {
        var doris = new Person(Guid.CreateVersion7(), new PersonName("Doris", "Whitworth"), Start.AddYears(-1));
        var other = new Person(Guid.CreateVersion7(), new PersonName("Margaret", "Oakley"), Start.AddYears(-1));
        await using var db = database.CreateDbContext();
        db.AddRange(doris, other);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (doris.Id, other.Id);
    }
}
