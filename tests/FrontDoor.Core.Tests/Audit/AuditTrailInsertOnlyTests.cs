using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Audit;

public sealed class AuditTrailInsertOnlyTests
{
    [Theory]
    [BothProviders]
    public async Task UpdateAndDelete_ByRawSqlOrThroughEf_AreRefusedAndTheTrailIsUnchanged(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var person = Guid.CreateVersion7();
        await using (var db = database.CreateDbContext())
        {
            new AuditLog(db, TimeProvider.System).Record(new AuditActor("sub-1", "Amira Khan", "Advisor"), AuditAction.Viewed, "Person", AuditEvent.IdOf(person), "10.0.0.1", "opened person record", [person]);
            await db.SaveChangesAsync(ct);
        }

        string[] attempts =
        [
            "UPDATE audit_events SET detail = 'nothing to see'",
            "DELETE FROM audit_events",
            "UPDATE audit_event_people SET occurred_at = occurred_at",
            "DELETE FROM audit_event_people",
            .. provider == DatabaseProvider.Postgres ? new[] { "TRUNCATE audit_event_people, audit_events" } : [],
        ];
        foreach (var sql in attempts)
        {
            await using var db = database.CreateDbContext();
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql, ct));
            Assert.Contains("audit trail is insert-only", refused.Message, StringComparison.Ordinal);
        }

        await using (var db = database.CreateDbContext())
        {
            var stored = await db.AuditEvents.Include(e => e.People).SingleAsync(ct);
            db.Entry(stored).Property(e => e.Detail).CurrentValue = "rewritten";
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
        }

        await using (var db = database.CreateDbContext())
        {
            var stored = await db.AuditEvents.Include(e => e.People).SingleAsync(ct);
            db.RemoveRange(stored.People);
            db.Remove(stored);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
        }

        await using (var db = database.CreateDbContext())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEvents.ExecuteDeleteAsync(ct));
            await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEventPeople.ExecuteDeleteAsync(ct));
        }

        await using var check = database.CreateDbContext();
        var trail = await check.AuditEvents.Include(e => e.People).AsNoTracking().SingleAsync(ct);
        Assert.Equal(("opened person record", person), (trail.Detail, Assert.Single(trail.People).PersonId));
    }

    [Theory]
    [BothProviders]
    public async Task Insert_StillWorks_WithActorNameAndRoleBesideTheStableId(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            new AuditLog(db, TimeProvider.System).Record(new AuditActor("sub-1", "Amira Khan", "Advisor"), AuditAction.Searched, "Person", null, null, "person search, 2 results", [Guid.CreateVersion7(), Guid.CreateVersion7()]);
            new AuditLog(db, TimeProvider.System).Record("mailbox", AuditAction.Created, "Contact", AuditEvent.IdOf(Guid.CreateVersion7()), "imap");
            await db.SaveChangesAsync(ct);
        }

        await using var check = database.CreateDbContext();
        var events = (await check.AuditEvents.Include(e => e.People).AsNoTracking().ToListAsync(ct)).OrderByDescending(e => e.People.Count).ToList();
        Assert.Equal(("sub-1", "Amira Khan", "Advisor", 2), (events[0].Actor, events[0].ActorName, events[0].ActorRole, events[0].People.Count));
        Assert.Equal(("mailbox", null, null, 0), (events[1].Actor, events[1].ActorName, events[1].ActorRole, events[1].People.Count));
    }
}
