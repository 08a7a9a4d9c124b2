using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Telephony;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Telephony;

public sealed class CallRecordImporterTests
{
    private const string Header = "call_id,offered_at,answered_at,abandoned_at,queue_seconds,talk_seconds,ivr_option,agent";
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2024, 9, 30, 18, 0, 0, TimeSpan.Zero));

    [Theory]
    [BothProviders]
    public async Task Import_GoodFile_StoresEveryCall(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var csv = $"""
            {Header}
            C-1,2024-09-02T09:00:00Z,2024-09-02T09:06:04Z,,364,420,2,agent-17
            C-2,2024-09-02T09:01:00+01:00,,2024-09-02T08:20:00Z,1140,0,1,
            "C-3",2024-09-02 10:00:00,2024-09-02 10:00:30,,30,95,"3, adult social care",agent-4
            """;

        var result = await ImportAsync(database, csv);

        Assert.Equal(new CallImportResult(3, 3, 0, []), result with { Errors = [], ImportId = Guid.Empty });
        Assert.Empty(result.Errors);
        await using var db = database.CreateDbContext();
        var calls = await db.CallRecords.OrderBy(c => c.CallId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["C-1", "C-2", "C-3"], calls.Select(c => c.CallId));
        Assert.True(calls[0].Answered);
        Assert.Equal(new DateTimeOffset(2024, 9, 2, 8, 1, 0, TimeSpan.Zero), calls[1].OfferedAt);
        Assert.False(calls[1].Answered);
        Assert.Equal("3, adult social care", calls[2].IvrOption);
        Assert.Null(calls[1].Agent);
    }

    [Theory]
    [BothProviders]
    public async Task Import_SameFileTwice_AddsNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var csv = $"{Header}\nC-1,2024-09-02T09:00:00Z,2024-09-02T09:06:04Z,,364,420,2,agent-17\nC-2,2024-09-02T09:01:00Z,,2024-09-02T09:20:00Z,1140,0,1,\nC-2,2024-09-02T09:01:00Z,,2024-09-02T09:20:00Z,1140,0,1,";

        var first = await ImportAsync(database, csv);
        var second = await ImportAsync(database, csv);

        Assert.Equal((3, 2, 1), (first.RowsRead, first.Imported, first.AlreadyImported));
        Assert.Equal((3, 0, 3), (second.RowsRead, second.Imported, second.AlreadyImported));
        await using var db = database.CreateDbContext();
        Assert.Equal(2, await db.CallRecords.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [BothProviders]
    public async Task Import_WithBadRows_ReportsEachLineAndImportsTheRest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var csv = $"""
            {Header}
            C-1,2024-09-02T09:00:00Z,2024-09-02T09:06:04Z,,364,420,2,agent-17
            C-2,2024-09-02T09:01:00Z,2024-09-02T09:03:00Z,2024-09-02T09:20:00Z,120,0,1,
            C-3,02/09/2024 09:00,2024-09-02T09:06:04Z,,364,420,2,agent-17
            C-4,2024-09-02T09:00:00Z,,,364,0,2,
            C-5,2024-09-02T09:00:00Z,2024-09-02T09:06:04Z,,-5,420,2,agent-17
            C-6,2024-09-02T09:00:00Z,2024-09-02T09:06:04Z,,364,420
            C-7,2024-09-02T09:00:00Z,,2024-09-02T08:00:00Z,0,0,2,
            C-8,2024-09-02T09:00:00Z,,2024-09-02T09:01:00Z,60,30,2,
            C-9,2024-09-02T10:00:00Z,2024-09-02T10:01:00Z,,60,300,4,agent-2
            """;

        var result = await ImportAsync(database, csv);

        Assert.Equal(2, result.Imported);
        Assert.Collection(result.Errors,
            e => Assert.Equal((3, "exactly one of answered_at and abandoned_at must be given"), (e.Line, e.Message)),
            e => Assert.Equal(4, e.Line),
            e => Assert.Equal((5, "exactly one of answered_at and abandoned_at must be given"), (e.Line, e.Message)),
            e => Assert.Equal(6, e.Line),
            e => Assert.Equal((7, "expected 8 columns but found 6"), (e.Line, e.Message)),
            e => Assert.Equal((8, "the call cannot end its queue before it was offered"), (e.Line, e.Message)),
            e => Assert.Equal((9, "an abandoned call has no talk time"), (e.Line, e.Message)));
        Assert.Contains("offered_at '02/09/2024 09:00' is not an ISO 8601", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("queue_seconds '-5'", result.Errors[3].Message, StringComparison.Ordinal);
    }

    public static TheoryData<DatabaseProvider, string> WrongHeaders => ProviderRows.Each(
        string.Empty,
        "call_id,offered_at,answered_at\nC-1,2024-09-02T09:00:00Z,",
        "id,offered,answered,abandoned,queue,talk,ivr,agent\n");

    [Theory]
    [MemberData(nameof(WrongHeaders))]
    public async Task Import_WithWrongHeader_RefusesTheWholeFileAndWritesNothing(DatabaseProvider provider, string csv)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        await Assert.ThrowsAsync<CallImportFormatException>(() => ImportAsync(database, csv));

        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.CallRecords.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [BothProviders]
    public async Task Import_RecordsTheFileWhenAndWho_AndEveryCallNamesItsImport_AndItIsAudited(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var csv = $"{Header}\nC-1,2024-09-02T09:00:00Z,2024-09-02T09:06:04Z,,364,420,2,agent-17\nC-2,not a time,,,1,0,1,\n";

        var result = await ImportAsync(database, csv, new CallImportSource("september.csv", new AuditActor("oid-42", "Priya Shah", "TeamManager"), "10.0.0.7"));

        await using var db = database.CreateDbContext();
        var import = await db.CallImports.AsNoTracking().SingleAsync(ct);
        Assert.Equal(result.ImportId, import.Id);
        Assert.Equal(("september.csv", "oid-42", "Priya Shah", Clock.GetUtcNow()), (import.FileName, import.ImportedBy, import.ImportedByName, import.ImportedAt));
        Assert.Equal((2, 1, 0, 1), (import.RowsRead, import.Imported, import.AlreadyImported, import.RowsWithErrors));
        Assert.Equal(import.Id, (await db.CallRecords.AsNoTracking().SingleAsync(ct)).ImportId);
        var audited = await db.AuditEvents.AsNoTracking().SingleAsync(ct);
        Assert.Equal(("oid-42", AuditAction.Created, import.Id.ToString("D"), "10.0.0.7"), (audited.Actor, audited.Action, audited.RecordId, audited.Origin));
    }

    [Fact]
    public async Task Read_PagesTheCallsNewestFirst_EachWithItsImport_AndNarrowsToOneImport()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var august = await ImportAsync(database, $"{Header}\nA-1,2024-08-01T09:00:00Z,2024-08-01T09:01:00Z,,60,100,1,agent-1\nA-2,2024-08-02T09:00:00Z,,2024-08-02T09:03:00Z,180,0,1,\n",
            new CallImportSource("august.csv", "manager-1", null));
        await ImportAsync(database, $"{Header}\nS-1,2024-09-01T09:00:00Z,2024-09-01T09:01:00Z,,60,100,1,agent-1\n", new CallImportSource("september.csv", "manager-2", null));
        await using var db = database.CreateDbContext();
        var calls = new CallRecords(db);

        var first = await calls.ReadAsync(null, 2, 1, ct);
        var second = await calls.ReadAsync(null, 2, 2, ct);
        var onlyAugust = await calls.ReadAsync(august.ImportId, 50, 1, ct);

        Assert.Equal(3, first.Total);
        Assert.Equal(["S-1", "A-2"], first.Rows.Select(r => r.Call.CallId));
        Assert.Equal(["september.csv", "august.csv"], first.Rows.Select(r => r.Import!.FileName));
        Assert.Equal("A-1", second.Rows.Single().Call.CallId);
        Assert.Equal(["A-2", "A-1"], onlyAugust.Rows.Select(r => r.Call.CallId));
        Assert.Equal("august.csv", onlyAugust.Import!.FileName);
    }

    private static Task<CallImportResult> ImportAsync(TestDatabase database, string csv) =>
        ImportAsync(database, csv, new CallImportSource("calls.csv", "manager-1", null));

    private static async Task<CallImportResult> ImportAsync(TestDatabase database, string csv, CallImportSource source)
    {
        await using var db = database.CreateDbContext();
        return await new CallRecordImporter(db, Clock, new AuditLog(db, Clock)).ImportAsync(new StringReader(csv), source, cancellationToken: TestContext.Current.CancellationToken);
    }
}
