using FrontDoor.Core.Data;
using FrontDoor.Core.Demo;
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
            Assert.NotNull(await DemoCounty.SeedIfEmptyAsync(db, clock, 50, null, ct));
        }

        await using (var db = database.CreateDbContext())
        {
            Assert.Null(await DemoCounty.SeedIfEmptyAsync(db, clock, 50, null, ct));
            Assert.Equal(50, await db.People.CountAsync(ct));
        }
    }

    private sealed class InlineProgress(Action<DemoSeedProgress> report) : IProgress<DemoSeedProgress>
    {
        public void Report(DemoSeedProgress value) => report(value);
    }
}
