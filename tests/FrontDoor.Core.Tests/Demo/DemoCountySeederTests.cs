using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Data;
using FrontDoor.Core.Demo;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.People.Matching;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Demo;

public sealed class DemoCountySeederTests
{
    [Theory]
    [BothProviders]
    public async Task Seed_SavesTheWholeCountyAndReportsProgress(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var options = new DemoCountyOptions(300, 42, new DateOnly(2026, 10, 31));
        var stages = new List<DemoSeedProgress>();

        await using (var db = database.CreateDbContext())
        {
            var summary = await new DemoCountySeeder(db).SeedAsync(options, new InlineProgress(stages.Add), ct);
            Assert.Equal(300, summary.People);
        }

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(300, await db.People.CountAsync(ct));
            Assert.Equal(60 * 12, await db.Contacts.CountAsync(ct));
            Assert.True(await db.Allocations.CountAsync(ct) > 50);
            Assert.Equal(options.Teams, await db.Teams.CountAsync(ct));

            // Each chase call is saved with its details (who, got through, facts), so its timeline entry shows them.
            var chaseCalls = await db.ContactEvents.CountAsync(e => e.Kind == Core.Contacts.Events.ContactEventKind.OutboundCallMade, ct);
            Assert.True(chaseCalls > 0, "the county has chase calls");
            Assert.Equal(chaseCalls, await db.Set<Core.Contacts.CallBacks.ContactOutboundCall>().CountAsync(ct));
        }

        Assert.Contains(stages, s => s.Stage == "Saving contacts" && s.Done == s.Total);
    }

    [Theory]
    [BothProviders]
    public async Task SeedIfEmpty_OnADatabaseWithPeople_AddsNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        await using (var db = database.CreateDbContext())
        {
            Assert.NotNull(await DemoCounty.SeedIfEmptyAsync(db, clock, 50, null, null, ct));
        }

        await using (var db = database.CreateDbContext())
        {
            Assert.Null(await DemoCounty.SeedIfEmptyAsync(db, clock, 50, null, null, ct));
            Assert.Equal(50, await db.People.CountAsync(ct));
        }
    }

    [Theory]
    [BothProviders]
    public async Task Seed_AContactLeftForReview_ShowsItsCandidatesWithTheEnginesReasonsInMatchReview(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            await new DemoCountySeeder(db).SeedAsync(new DemoCountyOptions(1_500, 42, new DateOnly(2026, 10, 31)), cancellationToken: ct);
        }

        await using (var db = database.CreateDbContext())
        {
            var clock = TimeProvider.System;
            var review = new MatchReview(db, clock, new AuditLog(db, clock), IntakeTestKit.Repeats(db, clock));

            var queue = await review.QueueAsync(50, ct);

            Assert.NotEmpty(queue);
            Assert.All(queue, item => Assert.True(item.Candidates > 0, $"{item.Reference} waits for review with no candidates"));
            var comparison = await review.CompareAsync(queue[0].ContactId, "demo-advisor", null, ct);
            Assert.NotNull(comparison);
            Assert.NotEmpty(comparison.Candidates);
            Assert.All(comparison.Candidates, c => Assert.Contains(c.Match.Fields, f => f.Weight != 0 && f.Description.Length > 0));
            Assert.False(comparison.Contact.ReportedPerson.IsEmpty);
        }
    }

    private sealed class InlineProgress(Action<DemoSeedProgress> report) : IProgress<DemoSeedProgress>
    {
        public void Report(DemoSeedProgress value) => report(value);
    }
}
