using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FrontDoor.Core.Tests.Triage.Flows;

public sealed class TriageFlowCatalogueTests
{
    private static readonly AuditActor Manager = new("manager-subject", "Mo Manager", "TeamManager");

    private static readonly TriageFlows Shipped = new();

    private static TriageFlowCatalogue Node(FrontDoorDbContext db) =>
        new(db, Shipped, new ParsedFlowVersions(), TimeProvider.System, NullLogger<TriageFlowCatalogue>.Instance);

    [Theory]
    [BothProviders]
    public async Task Upload_OfANewerVersion_IsInForce_TheShippedOneStaysReadable_AndTheUploadIsAudited(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var catalogue = Node(db);

        var result = await catalogue.UploadAsync("carer.yaml", EditedFlows.Carer(2), Manager, "127.0.0.1", ct);

        Assert.True(result.Accepted, string.Join("; ", result.Problems));
        var inForce = await catalogue.FindAsync("carer", ct);
        Assert.Equal((2, "Carer asking for support (revised)"), (inForce!.Version, inForce.Title));
        Assert.Contains(await catalogue.InForceAsync(ct), f => f.Id == "carer" && f.Version == 2);
        Assert.Equal("Carer asking for support", (await catalogue.GetVersionAsync("carer", 1, ct))!.Title);
        Assert.Equal("Carer asking for support (revised)", (await catalogue.GetVersionAsync("carer", 2, ct))!.Title);
        Assert.Null(await catalogue.GetVersionAsync("carer", 3, ct));

        var versions = await catalogue.VersionsAsync("carer", ct);
        Assert.Equal([(2, "Mo Manager", true), (1, null, false)], versions.Select(v => (v.Version, v.UploadedBy, v.InForce)));
        Assert.True(versions[1].Shipped);
        var audit = Assert.Single(await db.AuditEvents.AsNoTracking().Where(a => a.RecordType == TriageFlowCatalogue.RecordType).ToListAsync(ct));
        Assert.Equal((AuditAction.Created, "manager-subject", "triage flow carer version 2 uploaded, replacing version 1"), (audit.Action, audit.Actor, audit.Detail));
    }

    [Theory]
    [BothProviders]
    public async Task AnUploadOnOneNode_IsInForceOnAnotherNode_AtItsNextRead(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var dbA = database.CreateDbContext();
        await using var dbB = database.CreateDbContext();
        var nodeB = Node(dbB);
        Assert.Equal(1, (await nodeB.FindAsync("carer", ct))!.Version);

        Assert.True((await Node(dbA).UploadAsync("carer.yaml", EditedFlows.Carer(2), Manager, null, ct)).Accepted);

        Assert.Equal(2, (await nodeB.FindAsync("carer", ct))!.Version);
        Assert.Equal(2, (await nodeB.GetVersionAsync("carer", 2, ct))!.Version);
    }

    [Theory]
    [BothProviders]
    public async Task Upload_NotHigherThanTheVersionInForce_IsRefusedAtTheVersionLine_AndNothingIsStored(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var catalogue = Node(db);
        Assert.True((await catalogue.UploadAsync("carer.yaml", EditedFlows.Carer(3), Manager, null, ct)).Accepted);

        var result = await catalogue.UploadAsync("carer.yaml", EditedFlows.Carer(2, "Older"), Manager, null, ct);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(new FlowProblem("carer.yaml", 4, "version 2 is not higher than version 3, the one in force: number this one 4 or higher"), problem);
        Assert.Equal(3, (await catalogue.FindAsync("carer", ct))!.Version);
        Assert.Equal(1, await db.TriageFlowVersions.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Upload_OfABrokenFlow_GivesEveryProblemWithItsLine_AndTheVersionInForceStays(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var catalogue = Node(db);
        var broken = EditedFlows.Carer(2).Replace("answer: yes-no", "answer: maybe", StringComparison.Ordinal).Replace("next: impact", "next: nowhere", StringComparison.Ordinal);

        var result = await catalogue.UploadAsync("carer.yaml", broken, Manager, null, ct);

        Assert.False(result.Accepted);
        Assert.Equal(TriageFlowReader.Read("carer.yaml", broken).Problems, result.Problems);
        Assert.Contains(result.Problems, p => p.Line == 13 && p.Reason.Contains("\"maybe\" is not one of", StringComparison.Ordinal));
        Assert.Equal(1, (await catalogue.FindAsync("carer", ct))!.Version);
        Assert.Empty(await db.TriageFlowVersions.ToListAsync(ct));
        Assert.Empty(await db.AuditEvents.ToListAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Upload_OfAFlowFrontDoorDoesNotShip_AddsIt_AsJsonToo(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var catalogue = Node(db);
        const string Json = """
            {
              "id": "blue-badge",
              "title": "Blue badge enquiry",
              "version": 1,
              "summary": "Someone asks about a blue badge.",
              "start": "story",
              "steps": [{ "id": "story", "question": "What do they need?", "answer": "text", "next": "signpost" }],
              "outcomes": [{ "id": "signpost", "outcome": "signposted", "priority": "low", "advice": "Give the blue badge team's details." }]
            }
            """;

        var result = await catalogue.UploadAsync("blue-badge.json", Json, Manager, null, ct);

        Assert.True(result.Accepted, string.Join("; ", result.Problems));
        Assert.Contains(await catalogue.InForceAsync(ct), f => f.Id == "blue-badge" && f.Title == "Blue badge enquiry");
        Assert.Equal([(1, false)], (await catalogue.VersionsAsync("blue-badge", ct)).Select(v => (v.Version, v.Shipped)));
    }

    [Theory]
    [BothProviders]
    public async Task PutBack_OfAnEarlierVersion_StoresItsTextAsTheNextVersion_AndEveryVersionStaysReadable(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var catalogue = Node(db);
        Assert.True((await catalogue.UploadAsync("carer.yaml", EditedFlows.Carer(2), Manager, null, ct)).Accepted);

        var putBack = await catalogue.PutBackAsync("carer", 1, Manager, null, ct);

        Assert.Equal((3, (int?)1), (putBack!.Version, putBack.PutBackFrom));
        var inForce = await catalogue.FindAsync("carer", ct);
        Assert.Equal((3, "Carer asking for support"), (inForce!.Version, inForce.Title));
        Assert.Equal("Carer asking for support (revised)", (await catalogue.GetVersionAsync("carer", 2, ct))!.Title);
        Assert.Equal([3, 2, 1], (await catalogue.VersionsAsync("carer", ct)).Select(v => v.Version));
        Assert.Null(await catalogue.PutBackAsync("carer", 3, Manager, null, ct));
        Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), a => a.Detail == "triage flow carer version 1 put back in force as version 3, replacing version 2");
    }
}
