using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Pages.Staff.Insight;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Web.Tests.Pages.Staff.Insight;

/// <summary>
/// The dashboard's case file audit summary is kept between views and read afresh once an audit is saved on this node;
/// the audit pages' tests show saving and correcting through the pages forget it.
/// </summary>
public sealed class DashboardAuditSummaryTests
{
    private static readonly AuditActor Auditor = new("demo-auditor", "Ruth Adeyemi", "Auditor");

    [Theory]
    [BothProviders]
    public async Task Summary_IsKeptBetweenViews_UntilAnAuditIsSavedOnThisNode(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using var cache = new MemoryCache(new MemoryCacheOptions());
        DashboardAuditSummary Summary(FrontDoorDbContext db) =>
            new(cache, new CaseFileAuditing(db, new AuditLog(db, clock), clock, new KnownStaff(db, clock, Options.Create(new WorkQueueOptions()))), clock);
        var cases = await SampleJanuaryAsync(database, clock, 2);

        await AuditAsync(database, cases[0], clock);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(1, (await Summary(db).ReadAsync(ct)).Audited);
        }

        // Audited where this node's dashboard cannot see (another node): the kept summary stands …
        await AuditAsync(database, cases[1], clock);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(1, (await Summary(db).ReadAsync(ct)).Audited);
        }

        // … until an audit saved here forgets it.
        await using (var db = database.CreateDbContext())
        {
            var summary = Summary(db);
            summary.Forget();
            var read = await summary.ReadAsync(ct);
            Assert.Equal((2, new AuditMonth(2025, 3), new AuditMonth(2026, 2)), (read.Audited, read.From, read.To));
        }
    }

    private static async Task<List<Guid>> SampleJanuaryAsync(TestDatabase database, TimeProvider clock, int count)
    {
        await using var db = database.CreateDbContext();
        var january = new AuditMonth(2026, 1);
        var sample = new CaseFileAuditSample(Guid.CreateVersion7(), january, "tier-1", 1, count, clock.GetUtcNow(), Auditor);
        db.Add(sample);
        var cases = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var received = new DateTimeOffset(2026, 1, 10 + i, 9, 0, 0, TimeSpan.Zero);
            var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, received, "Struggling to manage the stairs since a fall.");
            var sampled = new SampledCase(Guid.CreateVersion7(), sample.Id, contact.Id, i + 1);
            db.AddRange(contact, sampled);
            cases.Add(sampled.Id);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return cases;
    }

    private static async Task AuditAsync(TestDatabase database, Guid caseId, TimeProvider clock)
    {
        await using var db = database.CreateDbContext();
        var sampled = await db.Set<SampledCase>().FindAsync([caseId], TestContext.Current.CancellationToken);
        sampled!.AllocateTo(Auditor.Id, Auditor.Name!, clock.GetUtcNow(), Auditor);
        sampled.Record(new CaseFileAuditAnswers(AuditQuestions.All.ToDictionary(q => q, _ => new AuditAnswer(AuditScore.Good, null)), "Clear record, right outcome."), clock.GetUtcNow(), Auditor);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
