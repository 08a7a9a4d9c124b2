using FrontDoor.Core;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.CaseFileAudits;

/// <summary>
/// The monthly sample on a hand-built autumn: twelve contacts closed from Tier 1 in October, three from the MASH queue,
/// two closed without ever being queued (they count to Tier 1), one Tier 1 contact closed on 1 November, and one still open.
/// </summary>
public sealed class CaseFileAuditSamplerTests
{
    private static readonly AuditActor Manager = new("manager-1", "Mo Manager", "TeamManager");
    private static readonly AuditMonth October = new(2026, 10);
    private static readonly AuditMonth November = new(2026, 11);

    [Theory]
    [BothProviders]
    public async Task Draw_IsReproducibleFromItsStoredSeed_AndADifferentMonthDrawsDifferently(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (october, _) = await SeedAsync(database);

        await using var db = database.CreateDbContext();
        var samples = await Sampler(db).DrawAsync(October, Manager, ct);
        var tier1 = samples.Single(s => s.TeamKey == "tier-1");
        var drawn = await Sampler(db).ContactsInAsync(tier1.Id, ct);

        // The stored seed and the contacts Tier 1 closed in October give the same five contacts, in the same order.
        Assert.Equal(SampleDraw.SeedFor(October, "tier-1"), tier1.Seed);
        Assert.Equal(drawn, SampleDraw.Choose(october["tier-1"], tier1.Seed, 5));

        // Drawing again from a fresh database of the same contacts gives the same ids.
        await using var again = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(again, october);
        await using var againDb = again.CreateDbContext();
        var redrawn = (await Sampler(againDb).DrawAsync(October, Manager, ct)).Single(s => s.TeamKey == "tier-1");
        Assert.Equal(drawn, await Sampler(againDb).ContactsInAsync(redrawn.Id, ct));

        // The same contacts under another month's seed come out differently.
        Assert.NotEqual(drawn, SampleDraw.Choose(october["tier-1"], SampleDraw.SeedFor(November, "tier-1"), 5));
    }

    [Theory]
    [BothProviders]
    public async Task Draw_TakesOnlyContactsClosedInTheMonth_CappedAtTheSampleSize_PerTeam(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (october, others) = await SeedAsync(database);

        await using var db = database.CreateDbContext();
        var samples = await Sampler(db).DrawAsync(October, Manager, ct);

        Assert.Equal(["mash", "tier-1"], samples.Select(s => s.TeamKey));
        var tier1 = samples.Single(s => s.TeamKey == "tier-1");
        var mash = samples.Single(s => s.TeamKey == "mash");
        Assert.Equal((14, 3), (tier1.ContactsClosed, mash.ContactsClosed));

        var tier1Contacts = await Sampler(db).ContactsInAsync(tier1.Id, ct);
        Assert.Equal(5, tier1Contacts.Count);
        Assert.Subset(october["tier-1"].ToHashSet(), tier1Contacts.ToHashSet());

        // The MASH closed fewer than five: all three are audited.
        Assert.Equal(october["mash"].Order(), (await Sampler(db).ContactsInAsync(mash.Id, ct)).Order());

        var allDrawn = await db.Set<SampledCase>().Select(c => c.ContactId).ToListAsync(ct);
        Assert.DoesNotContain(allDrawn, others.Contains);
    }

    [Theory]
    [BothProviders]
    public async Task Draw_Twice_OrFromTwoNodesAtOnce_StoresOneSamplePerTeam(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await SeedAsync(database);

        await using (var first = database.CreateDbContext())
        await using (var second = database.CreateDbContext())
        {
            await Task.WhenAll(Sampler(first).DrawAsync(October, Manager, ct), Sampler(second).DrawAsync(October, "system:case-file-audit", ct));
        }

        await using var db = database.CreateDbContext();
        var again = await Sampler(db).DrawAsync(October, Manager, ct);

        Assert.Equal(2, again.Count);
        Assert.Equal(2, await db.Set<CaseFileAuditSample>().CountAsync(ct));
        Assert.Equal(5 + 3, await db.Set<SampledCase>().CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Draw_OfAMonthNotYetOver_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Sampler(db).DrawAsync(November, Manager, TestContext.Current.CancellationToken));

        Assert.Equal("November 2026 has not ended yet: a month is sampled once it is over", refused.Message);
    }

    [Theory]
    [BothProviders]
    public async Task MonthlyJob_OnTheFirst_DrawsLastMonthOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await SeedAsync(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 0, 30, 0, TimeSpan.Zero));
        var job = new MonthlySampleJob(clock);

        for (var run = 0; run < 2; run++)
        {
            await using var db = database.CreateDbContext();
            await job.RunAsync(new SingleDb(db, Sampler(db, clock)), ct);
        }

        await using var check = database.CreateDbContext();
        var samples = await check.Set<CaseFileAuditSample>().ToListAsync(ct);
        Assert.Equal(2, samples.Count);
        Assert.All(samples, s => Assert.Equal((new DateOnly(2026, 10, 1), MonthlySampleJob.Actor), (s.Month, s.DrawnBy)));
    }

    [Theory]
    [BothProviders]
    public async Task MonthlyJob_AfterADrawThatStoppedPartWay_DrawsTheMissingTeam(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await SeedAsync(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 0, 30, 0, TimeSpan.Zero));
        var job = new MonthlySampleJob(clock);
        await using (var db = database.CreateDbContext())
        {
            await job.RunAsync(new SingleDb(db, Sampler(db, clock)), ct);
            var mash = await db.Set<CaseFileAuditSample>().SingleAsync(s => s.TeamKey == "mash", ct);
            db.RemoveRange(await db.Set<SampledCase>().Where(c => c.SampleId == mash.Id).ToListAsync(ct));
            db.Remove(mash);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateDbContext())
        {
            await job.RunAsync(new SingleDb(db, Sampler(db, clock)), ct);
        }

        await using var check = database.CreateDbContext();
        Assert.Equal(["mash", "tier-1"], await check.Set<CaseFileAuditSample>().OrderBy(s => s.TeamKey).Select(s => s.TeamKey).ToListAsync(ct));
    }

    internal static CaseFileAuditSampler Sampler(FrontDoorDbContext db, TimeProvider? clock = null) =>
        new(db, clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 15, 9, 0, 0, TimeSpan.Zero)), Options.Create(new CaseFileAuditOptions { SamplePerTeam = 5 }), new WorkQueueCatalogue(Options.Create(new WorkQueueOptions())));

    /// <summary>Builds the autumn; with <paramref name="reuse"/>, the same October contacts (same ids) again.</summary>
    internal static async Task<(Dictionary<string, List<Guid>> October, List<Guid> Others)> SeedAsync(TestDatabase database, Dictionary<string, List<Guid>>? reuse = null)
    {
        await using var db = database.CreateDbContext();
        var october = new Dictionary<string, List<Guid>> { ["tier-1"] = [], ["mash"] = [] };
        var others = new List<Guid>();
        var tier1Ids = new Queue<Guid>(reuse?["tier-1"] ?? []);
        var mashIds = new Queue<Guid>(reuse?["mash"] ?? []);

        for (var i = 0; i < 12; i++)
        {
            var contact = Closed(tier1Ids.Count > 0 ? tier1Ids.Dequeue() : Guid.NewGuid(), "tier-1", new DateTimeOffset(2026, 10, 1 + i, 10, 0, 0, TimeSpan.Zero));
            db.Add(contact);
            october["tier-1"].Add(contact.Id);
        }

        for (var i = 0; i < 2; i++)
        {
            // Closed on the first call, never queued: Tier 1's (the arrival queue's) work.
            var contact = Closed(tier1Ids.Count > 0 ? tier1Ids.Dequeue() : Guid.NewGuid(), null, new DateTimeOffset(2026, 10, 20 + i, 10, 0, 0, TimeSpan.Zero));
            db.Add(contact);
            october["tier-1"].Add(contact.Id);
        }

        for (var i = 0; i < 3; i++)
        {
            var contact = Closed(mashIds.Count > 0 ? mashIds.Dequeue() : Guid.NewGuid(), "mash", new DateTimeOffset(2026, 10, 31, 23, 59 - i, 0, TimeSpan.Zero));
            db.Add(contact);
            october["mash"].Add(contact.Id);
        }

        var november = Closed(Guid.NewGuid(), "tier-1", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        var september = Closed(Guid.NewGuid(), "tier-1", new DateTimeOffset(2026, 9, 30, 23, 59, 0, TimeSpan.Zero));
        var open = Arrive(Guid.NewGuid(), "tier-1", new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));
        db.AddRange(november, september, open);
        others.AddRange([november.Id, september.Id, open.Id]);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (october, others);
    }

    private static Contact Arrive(Guid id, string? queue, DateTimeOffset closedAt)
    {
        var receivedAt = closedAt.AddHours(-2);
        var contact = new Contact(id, ContactReference.New(), ContactChannel.Phone, ContactSource.Self, receivedAt, "Needs help at home");
        contact.Open(receivedAt);
        if (queue is not null)
        {
            contact.MoveToQueue(queue, "Arrived", receivedAt, ContactEvent.System);
        }

        return contact;
    }

    private static Contact Closed(Guid id, string? queue, DateTimeOffset closedAt)
    {
        var contact = Arrive(id, queue, closedAt);
        contact.Close([ContactOutcome.InformationAndAdvice], "Advice given", closedAt, Manager);
        return contact;
    }

    /// <summary>The job's scope, holding just what it asks for.</summary>
    private sealed class SingleDb(FrontDoorDbContext db, CaseFileAuditSampler sampler) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(FrontDoorDbContext) ? db
            : serviceType == typeof(CaseFileAuditSampler) ? sampler
            : serviceType == typeof(WorkQueueCatalogue) ? new WorkQueueCatalogue(Options.Create(new WorkQueueOptions()))
            : null;
    }
}
