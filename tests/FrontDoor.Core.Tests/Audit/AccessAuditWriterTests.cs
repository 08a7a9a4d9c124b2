using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Audit;

public sealed class AccessAuditWriterTests
{
    [Theory]
    [BothProviders]
    public async Task RecordAsync_ManyCallersAtOnce_EachReturnsOnlyOnceItsOwnEventIsStored(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var writer = new AccessAuditWriter(DatabaseSetup.CreateOptions(database.Options), TimeProvider.System);

        async Task<bool> SearchAndCheckAsync(int advisor)
        {
            await writer.RecordAsync($"advisor-{advisor}", AuditAction.Searched, "Person", null, "10.0.0.1", "person search, 3 results", [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()], ct);
            await using var db = database.CreateDbContext();
            return await db.AuditEvents.AnyAsync(a => a.Actor == $"advisor-{advisor}", ct);
        }

        var stored = await Task.WhenAll(Enumerable.Range(0, 120).Select(advisor => Task.Run(() => SearchAndCheckAsync(advisor), ct)));

        Assert.All(stored, Assert.True);
        await using var check = database.CreateDbContext();
        Assert.Equal(120, await check.AuditEvents.CountAsync(a => a.Action == AuditAction.Searched, ct));
        Assert.Equal(360, await check.AuditEventPeople.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task PeopleRows_NamingAnEventThatIsNotStored_AreRefused_AndNothingOfTheSaveIsKept(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var writer = new AccessAuditWriter(DatabaseSetup.CreateOptions(database.Options), TimeProvider.System);
        await writer.RecordAsync("advisor-1", AuditAction.Searched, "Person", null, null, "person search, 1 result", [Guid.CreateVersion7()], ct);
        await using var db = database.CreateDbContext();
        var stored = await db.AuditEvents.SingleAsync(ct);
        var (kept, orphan, missingEvent) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());

        // One statement: a row for the stored event and one for an event that was never stored.
        db.AuditEventPeople.AddRange(
            new AuditEventPerson(stored.Id, kept, stored.OccurredAt),
            new AuditEventPerson(missingEvent, orphan, stored.OccurredAt));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));

        await using var check = database.CreateDbContext();
        Assert.Empty(await check.AuditEventPeople.Where(p => p.PersonId == kept || p.PersonId == orphan).ToListAsync(ct));
        Assert.Equal(1, await check.AuditEventPeople.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task RecordAsync_StoresEveryFieldAndPersonAsTheTrailReadsThemBack(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 29, 0, 30, 15, TimeSpan.Zero));
        var writer = new AccessAuditWriter(DatabaseSetup.CreateOptions(database.Options), clock);
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        await Task.WhenAll(
            writer.RecordAsync(new AuditActor("oidc|sam", "Sam O'Neill", "Advisor,TeamManager"), AuditAction.Searched, "Person", null, "10.0.0.7", "person search, 2 results", [first, second, first], ct),
            writer.RecordAsync("cli", AuditAction.Viewed, "Contact", AuditEvent.IdOf(second), null, null, null, ct));

        await using var db = database.CreateDbContext();
        var searched = await db.AuditEvents.Include(a => a.People).SingleAsync(a => a.Action == AuditAction.Searched, ct);
        Assert.Equal(("oidc|sam", "Sam O'Neill", "Advisor,TeamManager"), (searched.Actor, searched.ActorName, searched.ActorRole));
        Assert.Equal(("Person", null, "10.0.0.7", "person search, 2 results"), (searched.RecordType, searched.RecordId, searched.Origin, searched.Detail));
        Assert.Equal(clock.GetUtcNow(), searched.OccurredAt);
        Assert.Equal(new[] { first, second }.Order(), searched.People.Select(p => p.PersonId).Order());
        Assert.All(searched.People, p => Assert.Equal(clock.GetUtcNow(), p.OccurredAt));
        Assert.Equal(2, await db.AuditEventPeople.CountAsync(p => p.PersonId == first || p.PersonId == second, ct));

        var viewed = await db.AuditEvents.SingleAsync(a => a.Action == AuditAction.Viewed, ct);
        Assert.Equal(("cli", "Contact", AuditEvent.IdOf(second)), (viewed.Actor, viewed.RecordType, viewed.RecordId));
        Assert.Null(viewed.Origin);
        Assert.Empty(await db.AuditEventPeople.Where(p => p.AuditEventId == viewed.Id).ToListAsync(ct));

        // Between them the two events fill every field, so every column the model maps must come back filled in one
        // of them: a column the batch insert did not write (one added to the entity later) would read back empty.
        foreach (var property in db.Model.FindEntityType(typeof(AuditEvent))!.GetProperties())
        {
            Assert.True(!property.GetGetter().HasSentinelValueUsingContainingEntity(searched) || !property.GetGetter().HasSentinelValueUsingContainingEntity(viewed), $"audit_events.{property.GetColumnName()} was not written.");
        }

        foreach (var property in db.Model.FindEntityType(typeof(AuditEventPerson))!.GetProperties())
        {
            Assert.All(searched.People, p => Assert.False(property.GetGetter().HasSentinelValueUsingContainingEntity(p), $"audit_event_people.{property.GetColumnName()} was not written."));
        }
    }

    [Theory]
    [BothProviders]
    public async Task RecordAsync_WhenTheEventCannotBeStored_FailsTheCallerInsteadOfAnsweringUnaudited(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        var writer = new AccessAuditWriter(DatabaseSetup.CreateOptions(database.Options), TimeProvider.System);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
            writer.RecordAsync("advisor", AuditAction.Searched, "Person", null, null, "person search, 0 results", null, ct));

        // The writer recovers: once the table exists, the next caller is stored.
        await using (var db = database.CreateDbContext())
        {
            await new DatabaseMigrator(db, database.Options).MigrateAsync(ct);
        }

        await writer.RecordAsync("advisor", AuditAction.Searched, "Person", null, null, "person search, 0 results", null, ct);
        await using var check = database.CreateDbContext();
        Assert.Equal(1, await check.AuditEvents.CountAsync(ct));
    }
}
