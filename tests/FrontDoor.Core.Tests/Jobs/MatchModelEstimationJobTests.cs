using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.Tests.People.Matching;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Jobs;

public sealed class MatchModelEstimationJobTests
{
    private static readonly string[] Given = ["Alice", "Bashir", "Ceri", "Dorothy", "Eamon", "Fatima", "Gareth", "Hannah", "Imran", "Joan"];
    private static readonly string[] Family = ["Ashby", "Bell", "Carter", "Dixon", "Evans", "Fox", "Grant", "Hughes", "Iqbal", "Jones", "Khan", "Lowe"];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero));

    [Theory]
    [BothProviders]
    public async Task Run_OnceTheStoredModelIsHalfAnIntervalOld_EstimatesAnother_ThisNodeScoresWithIt_AndTheLeaseIsFreed(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var node = await NodeAsync(database);
        var host = node.GetRequiredService<PersonIndexHost>();
        var first = host.ModelId;

        // The default interval is a week: four days on, the model the node stored at start is due again.
        _clock.Advance(TimeSpan.FromDays(4));
        await RunAsync(node);

        await using var db = database.CreateDbContext();
        var models = await db.MatchModels.AsNoTracking().OrderBy(m => m.EstimatedAt).ToListAsync(ct);
        Assert.Equal(2, models.Count);
        Assert.Equal((first, _clock.GetUtcNow()), (models[0].Id, models[1].EstimatedAt));
        Assert.Equal(models[1].Id, host.ModelId);
        Assert.True(await new JobLeases(db, _clock).TryAcquireAsync(MatchModelEstimationJob.LeaseName, "another-node", TimeSpan.FromMinutes(1), ct));
    }

    [Theory]
    [BothProviders]
    public async Task Run_WithAFreshModel_OrWhileAnotherNodeHoldsTheLease_EstimatesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var node = await NodeAsync(database);
        await using var db = database.CreateDbContext();

        _clock.Advance(TimeSpan.FromHours(1));
        await RunAsync(node);
        var afterAnHour = await db.MatchModels.CountAsync(ct);

        _clock.Advance(TimeSpan.FromDays(4));
        Assert.True(await new JobLeases(db, _clock).TryAcquireAsync(MatchModelEstimationJob.LeaseName, "another-node", MatchModelEstimationJob.LeaseDuration, ct));
        await RunAsync(node);

        Assert.Equal(1, afterAnHour);
        Assert.Equal(1, await db.MatchModels.CountAsync(ct));
    }

    private static async Task RunAsync(ServiceProvider node)
    {
        await using var scope = node.CreateAsyncScope();
        await node.GetRequiredService<MatchModelEstimationJob>().RunAsync(scope.ServiceProvider, TestContext.Current.CancellationToken);
    }

    /// <summary>One web node's matching services over 260 people on record, its index built (storing the first model).</summary>
    private async Task<ServiceProvider> NodeAsync(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(_clock)
            .AddScoped<AuditLog>()
            .AddDbContext<FrontDoorDbContext>(options => DatabaseSetup.Configure(options, database.Options));
        services.AddPersonMatching(configuration);
        var node = services.BuildServiceProvider();
        await using var scope = node.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>();
        db.People.AddRange(Enumerable.Range(0, 260).Select(i => PeopleOnRecord.Person(
            Given[i % Given.Length], Family[(i / Given.Length) % Family.Length], new DateOnly(1930 + (i % 60), 1 + (i % 12), 1 + (i % 28)), null,
            $"{1 + (i % 90)} Mill Lane", $"LE{1 + (i % 19)} {i % 10}AB")));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await node.GetRequiredService<PersonIndexHost>().RebuildAsync(db, TestContext.Current.CancellationToken);
        Assert.NotNull(node.GetRequiredService<PersonIndexHost>().ModelId);
        return node;
    }
}
