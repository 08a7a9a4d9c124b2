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

public sealed class RequestedDuplicateCheckJobTests
{
    private readonly FakeTimeProvider _clock = new(PeopleOnRecord.Now);

    [Theory]
    [BothProviders]
    public async Task Run_AfterAManagerAskedForACheck_ReplacesTheReportAndSaysWhatItFound(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var node = await NodeAsync(database);
        var run = await AskForACheckAsync(node, "manager-1");

        await RunJobAsync(node);

        await using var db = database.CreateDbContext();
        var finished = await db.DuplicateCheckRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id, ct);
        Assert.Equal(DuplicateCheckState.Finished, finished.State);
        Assert.Equal(_clock.GetUtcNow(), finished.FinishedAt);
        Assert.Contains("1 probable duplicates (1 almost certain)", finished.Outcome, StringComparison.Ordinal);
        Assert.Equal(1, await db.ProbableDuplicates.CountAsync(ct));
        Assert.Null((await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == RequestedDuplicateCheckJob.LeaseName, ct)).Holder);
    }

    [Theory]
    [BothProviders]
    public async Task Request_WhileACheckIsWaiting_GivesThatCheckInsteadOfAskingTwice(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var node = await NodeAsync(database);

        var first = await AskForACheckAsync(node, "manager-1");
        var second = await AskForACheckAsync(node, "manager-2");

        Assert.Equal(first.Id, second.Id);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.DuplicateCheckRuns.CountAsync(ct));
        var asked = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.RecordType == "DuplicateCheck", ct);
        Assert.Equal(("manager-1", AuditAction.Created), (asked.Actor, asked.Action));
    }

    [Theory]
    [BothProviders]
    public async Task Run_WhenTheNodeRunningACheckStoppedBeating_AnotherNodeRunsItOnceItsLeaseHasRunOut(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var node = await NodeAsync(database);
        var run = await AskForACheckAsync(node, "manager-1");
        await using (var db = database.CreateDbContext())
        {
            // Another node claimed it and its lease, beat once, and died.
            var now = _clock.GetUtcNow();
            await db.DuplicateCheckRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(
                set => set.SetProperty(r => r.State, DuplicateCheckState.Running).SetProperty(r => r.StartedAt, now).SetProperty(r => r.HeartbeatAt, now), ct);
            Assert.True(await new JobLeases(db, _clock).TryAcquireAsync(RequestedDuplicateCheckJob.LeaseName, "dead-node", RequestedDuplicateCheckJob.LeaseDuration, ct));
        }

        await RunJobAsync(node);
        Assert.Equal(DuplicateCheckState.Running, await StateOfAsync(database, run.Id));

        _clock.Advance(RequestedDuplicateCheckJob.LeaseDuration + TimeSpan.FromSeconds(1));
        await RunJobAsync(node);
        Assert.Equal(DuplicateCheckState.Finished, await StateOfAsync(database, run.Id));
    }

    private static async Task<DuplicateCheckState> StateOfAsync(TestDatabase database, Guid runId)
    {
        await using var db = database.CreateDbContext();
        return (await db.DuplicateCheckRuns.AsNoTracking().SingleAsync(r => r.Id == runId, TestContext.Current.CancellationToken)).State;
    }

    private static async Task<DuplicateCheckRun> AskForACheckAsync(ServiceProvider node, string manager)
    {
        await using var scope = node.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DuplicateChecks>().RequestAsync(manager, "127.0.0.1", TestContext.Current.CancellationToken);
    }

    private static async Task RunJobAsync(ServiceProvider node)
    {
        await using var scope = node.CreateAsyncScope();
        await node.GetRequiredService<RequestedDuplicateCheckJob>().RunAsync(scope.ServiceProvider, TestContext.Current.CancellationToken);
    }

    /// <summary>One web node's matching services, with William and Bill (one person with two records) on record.</summary>
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
        db.People.AddRange(
            PeopleOnRecord.Person("William", "Hargreaves", new DateOnly(1948, 3, 4), "943 476 5919", "12 Church Lane", "LE11 3AB"),
            PeopleOnRecord.Person("Bill", "Hargreaves", new DateOnly(1948, 3, 4), "943 476 5919", "12 Church Lane", "LE11 3AB"));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await node.GetRequiredService<PersonIndexHost>().RebuildAsync(db, TestContext.Current.CancellationToken);
        return node;
    }
}
