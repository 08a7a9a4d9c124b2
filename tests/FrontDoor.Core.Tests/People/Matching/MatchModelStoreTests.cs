using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching;
using FrontDoor.Matching.Model;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.People.Matching;

public sealed class MatchModelStoreTests
{
    private static readonly string[] Given = ["Alice", "Bashir", "Ceri", "Dorothy", "Eamon", "Fatima", "Gareth", "Hannah", "Imran", "Joan"];
    private static readonly string[] Family = ["Ashby", "Bell", "Carter", "Dixon", "Evans", "Fox", "Grant", "Hughes", "Iqbal", "Jones", "Khan", "Lowe"];

    [Theory]
    [BothProviders]
    public async Task Rebuild_WithAStoredModel_LoadsItWithoutEstimating(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        db.People.AddRange(ManyPeople(260));
        var stored = new StoredMatchModel(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 260, "stored by the test",
            MatchModel.Default.ToJson().Replace("\"Source\": \"default\"", "\"Source\": \"stored by the test\"", StringComparison.Ordinal));
        db.MatchModels.Add(stored);
        await db.SaveChangesAsync(ct);
        var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()));

        await host.RebuildAsync(db, ct);

        Assert.Equal(stored.Id, host.ModelId);
        Assert.Equal("stored by the test", (await host.GetAsync(ct)).Model.Source);
        Assert.Equal(1, await db.MatchModels.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Rebuild_WithNoStoredModel_EstimatesOneAndStoresIt_AndTheNextStartLoadsIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        db.People.AddRange(ManyPeople(260));
        await db.SaveChangesAsync(ct);

        var first = new PersonIndexHost(Options.Create(new PersonMatchingOptions()));
        await first.RebuildAsync(db, ct);
        var second = new PersonIndexHost(Options.Create(new PersonMatchingOptions()));
        await second.RebuildAsync(db, ct);

        var stored = Assert.Single(await db.MatchModels.AsNoTracking().ToListAsync(ct));
        Assert.Equal(260, stored.Records);
        Assert.StartsWith("estimated from 260 records", stored.Source, StringComparison.Ordinal);
        Assert.Equal(stored.Id, first.ModelId);
        Assert.Equal(stored.Id, second.ModelId);
    }

    [Theory]
    [BothProviders]
    public async Task Estimate_StoresANewModel_AndEveryNodesCatchUpScoresWithIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        db.People.AddRange(ManyPeople(260));
        await db.SaveChangesAsync(ct);
        var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()));
        await host.RebuildAsync(db, ct);
        var before = host.ModelId;

        var estimated = await new MatchModelStore(db, TimeProvider.System).EstimateAsync(ct);
        await host.CatchUpAsync(db, ct);

        Assert.NotEqual(before, estimated.Id);
        Assert.Equal(estimated.Id, host.ModelId);
        Assert.Equal(2, await db.MatchModels.CountAsync(ct));
    }

    private static List<Person> ManyPeople(int count) => [.. Enumerable.Range(0, count).Select(i => PeopleOnRecord.Person(
        Given[i % Given.Length], Family[(i / Given.Length) % Family.Length], new DateOnly(1930 + (i % 60), 1 + (i % 12), 1 + (i % 28)), null,
        $"{1 + (i % 90)} Mill Lane", $"LE{1 + (i % 19)} {i % 10}AB"))];
}
