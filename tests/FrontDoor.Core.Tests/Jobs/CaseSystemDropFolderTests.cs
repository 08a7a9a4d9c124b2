using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Jobs;

public sealed class CaseSystemDropFolderTests
{
    /// <summary>Two in the morning, when the case system's nightly exports arrive.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 2, 3, 0, TimeSpan.Zero);

    private const string Teams = """
        team_id,name,duty_phone,duty_email
        T1,Loughborough adults,01632 960001,duty.lough@example.gov.uk
        T2,Charnwood occupational therapy,01632 960002,duty.ot@example.gov.uk
        """;

    // Both name teams that only the teams file brings.
    private const string Workers = """
        worker_id,name,role,team_id
        W1,Priya Shah,occupational therapist,T2
        W2,Sam Jones,social worker,T1
        """;

    // Line 3's date of birth is not a real date: that row is refused, the others imported.
    private const string People = """
        person_id,given_name,family_name,date_of_birth
        P1,Doris,Whitworth,1944-08-14
        P2,Albert,Whitworth,31/02/1950
        P3,Joan,Hughes,1939-11-30
        """;

    private const string Allocations = """
        allocation_id,person_id,worker_id,team_id,start_date
        A1,P1,W1,T2,2026-01-05
        A2,P3,,T1,2026-02-10
        """;

    [Theory]
    [BothProviders]
    public async Task RunOnce_WithFilesDroppedInTheWrongOrder_ImportsTeamsWorkersPeopleAllocationsInOrder_AndFilesEachInDoneWithItsReport(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var folder = new DropFolder();
        var clock = new FakeTimeProvider(Now);

        // Dropped last first: allocations, then workers, people, teams; and named so that by name alone they would sort wrongly too.
        folder.Drop("allocations-2026-12-06.csv", Allocations, clock);
        folder.Drop("Workers-2026-12-06.csv", Workers, clock);
        folder.Drop("people-full-2026-12-06.csv", People, clock);
        folder.Drop("TEAMS_2026-12-06.csv", Teams, clock);
        await using var node = Node(database, folder.Path, clock);
        var recordsAsOf = node.GetRequiredService<CaseSystemRecordsAsOf>();
        Assert.Null(await recordsAsOf.GetAsync(ct));

        var pass = await node.GetRequiredService<CaseSystemDropFolder>().RunOnceAsync(ct);

        // This node's advisors see the new "records as of" at once, though the old answer had not yet expired.
        Assert.Equal(Now, await recordsAsOf.GetAsync(ct));
        Assert.NotNull(pass);
        Assert.Equal(
            ["TEAMS_2026-12-06.csv", "Workers-2026-12-06.csv", "people-full-2026-12-06.csv", "allocations-2026-12-06.csv"],
            pass.Files.Select(f => f.FileName));
        Assert.All(pass.Files, f => Assert.Equal((CaseSystemDropFiling.Done, CaseSystemImportStatus.Completed), (f.Filed, f.Status)));

        await using var db = database.CreateDbContext();
        var runs = await db.CaseSystemImportRuns.AsNoTracking().ToDictionaryAsync(r => r.FileName, ct);
        Assert.Equal(4, runs.Count);
        Assert.Equal((2, 0), (runs["Workers-2026-12-06.csv"].Added, runs["Workers-2026-12-06.csv"].Refused));
        Assert.Equal((2, 0), (runs["allocations-2026-12-06.csv"].Added, runs["allocations-2026-12-06.csv"].Refused));
        Assert.Equal((2, 1, true, false), (runs["people-full-2026-12-06.csv"].Added, runs["people-full-2026-12-06.csv"].Refused, runs["people-full-2026-12-06.csv"].Full, runs["Workers-2026-12-06.csv"].Full));
        Assert.All(runs.Values, r => Assert.Equal(("case-system drop folder", CaseSystemImportStatus.Completed), (r.ImportedBy, r.Status)));
        Assert.Equal(2, await db.Workers.CountAsync(ct));
        Assert.Equal(2, await db.Allocations.CountAsync(ct));

        // Nothing left in the folder; each file in done/ with its report beside it.
        Assert.Empty(Directory.GetFiles(folder.Path));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, CaseSystemDropFolder.FailedFolder)));
        var done = Path.Combine(folder.Path, CaseSystemDropFolder.DoneFolder);
        Assert.Equal(
            ["TEAMS_2026-12-06.csv", "TEAMS_2026-12-06.csv.report.txt", "Workers-2026-12-06.csv", "Workers-2026-12-06.csv.report.txt", "allocations-2026-12-06.csv", "allocations-2026-12-06.csv.report.txt", "people-full-2026-12-06.csv", "people-full-2026-12-06.csv.report.txt"],
            Directory.GetFiles(done).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("person_id,given_name,family_name,date_of_birth\nP1,Doris", await File.ReadAllTextAsync(Path.Combine(done, "people-full-2026-12-06.csv"), ct), StringComparison.Ordinal);
        var report = await File.ReadAllTextAsync(Path.Combine(done, "people-full-2026-12-06.csv.report.txt"), ct);
        var people = runs["people-full-2026-12-06.csv"];
        Assert.StartsWith("people-full-2026-12-06.csv: 3 rows read: 2 added, 0 changed, 0 unchanged, 0 ended, 1 refused.", report, StringComparison.Ordinal);
        Assert.Contains("Status: Completed", report, StringComparison.Ordinal);
        Assert.Contains("Imported as: people, the whole list (full)", report, StringComparison.Ordinal);
        Assert.Contains($"Run: {people.Id:D}", report, StringComparison.Ordinal);
        Assert.Contains("Started: 2026-12-06 02:03:00 UTC", report, StringComparison.Ordinal);
        Assert.Contains("Line 3: date_of_birth is not a date", report, StringComparison.Ordinal);
        Assert.DoesNotContain("31/02/1950", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Albert", report, StringComparison.Ordinal);

        // The folder's lease is let go at the end of the pass.
        Assert.Null((await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == CaseSystemDropFolder.LeaseName, ct)).Holder);
    }

    [Theory]
    [BothProviders]
    public async Task RunOnce_WithAFileStillBeingWritten_LeavesItAndTheKindsAfterIt_UntilItHasSettled(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var folder = new DropFolder();
        var clock = new FakeTimeProvider(Now);

        // The teams file was written to 10 seconds ago (SettleTime is 30): still arriving. The workers file is
        // complete, but its rows name teams in the file still arriving, so it waits too.
        folder.Drop("teams.csv", Teams, clock, age: TimeSpan.FromSeconds(10));
        folder.Drop("workers.csv", Workers, clock);
        await using var node = Node(database, folder.Path, clock);
        var dropFolder = node.GetRequiredService<CaseSystemDropFolder>();

        var early = await dropFolder.RunOnceAsync(ct);

        Assert.NotNull(early);
        Assert.Equal((0, 1), (early.Files.Count, early.StillArriving));
        Assert.True(File.Exists(Path.Combine(folder.Path, "teams.csv")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "workers.csv")));
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(0, await db.CaseSystemImportRuns.CountAsync(ct));
        }

        // A write 5 seconds before the next poll: still arriving.
        clock.Advance(TimeSpan.FromMinutes(1));
        File.SetLastWriteTimeUtc(Path.Combine(folder.Path, "teams.csv"), (clock.GetUtcNow() - TimeSpan.FromSeconds(5)).UtcDateTime);
        Assert.Equal(1, (await dropFolder.RunOnceAsync(ct))!.StillArriving);

        clock.Advance(TimeSpan.FromMinutes(1));
        var settled = await dropFolder.RunOnceAsync(ct);

        Assert.NotNull(settled);
        Assert.Equal(["teams.csv", "workers.csv"], settled.Files.Select(f => f.FileName));
        Assert.Equal(0, settled.StillArriving);
        await using var check = database.CreateDbContext();
        Assert.Equal(0, await check.CaseSystemImportRuns.SumAsync(r => r.Refused, ct));
        Assert.Equal(2, await check.Workers.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task RunOnce_WithANameThatIsNoKind_AndAFileOfTheWrongKind_FilesBothInFailedWithAReportSayingWhy(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var folder = new DropFolder();
        var clock = new FakeTimeProvider(Now);
        folder.Drop("export-2026-12-06.csv", Teams, clock);
        folder.Drop("teams-2026-12-06.csv", Workers, clock); // a workers export named as teams: refused whole
        folder.Drop("notes.txt", "not an export", clock);
        await using var node = Node(database, folder.Path, clock);

        var pass = await node.GetRequiredService<CaseSystemDropFolder>().RunOnceAsync(ct);

        Assert.NotNull(pass);
        Assert.All(pass.Files, f => Assert.Equal(CaseSystemDropFiling.Failed, f.Filed));
        Assert.Equal(["export-2026-12-06.csv", "teams-2026-12-06.csv"], pass.Files.Select(f => f.FileName));
        Assert.Equal(["notes.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        var failed = Path.Combine(folder.Path, CaseSystemDropFolder.FailedFolder);
        var notAKind = await File.ReadAllTextAsync(Path.Combine(failed, "export-2026-12-06.csv.report.txt"), ct);
        Assert.StartsWith("export-2026-12-06.csv: not imported: its name does not say what kind of export it is.", notAKind, StringComparison.Ordinal);
        Assert.Contains("starting with teams, workers, people, allocations or merges and ending .csv", notAKind, StringComparison.Ordinal);
        Assert.Contains("people-full-2026-12-06.csv", notAKind, StringComparison.Ordinal);
        Assert.Contains("teams: team_id,name,duty_phone,duty_email required", notAKind, StringComparison.Ordinal);

        var refused = await File.ReadAllTextAsync(Path.Combine(failed, "teams-2026-12-06.csv.report.txt"), ct);
        await using var db = database.CreateDbContext();
        var run = await db.CaseSystemImportRuns.AsNoTracking().SingleAsync(ct);
        Assert.Equal((CaseSystemImportStatus.Refused, "teams-2026-12-06.csv"), (run.Status, run.FileName));
        Assert.Contains($"Status: Refused: {run.Message}", refused, StringComparison.Ordinal);
        Assert.Contains("Nothing in the file was imported.", refused, StringComparison.Ordinal);
        Assert.Contains($"Run: {run.Id:D}", refused, StringComparison.Ordinal);
        Assert.Equal(0, await db.Teams.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task RunOnce_WithTheSameNameDroppedAgain_ImportsItAsUnchanged_AndFilesItBesideTheFirstWithoutOverwritingIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var folder = new DropFolder();
        var clock = new FakeTimeProvider(Now);
        await using var node = Node(database, folder.Path, clock);
        var dropFolder = node.GetRequiredService<CaseSystemDropFolder>();
        folder.Drop("teams.csv", Teams, clock);
        await dropFolder.RunOnceAsync(ct);

        // The same export again the next night, as when a node died after importing it but before filing it.
        clock.Advance(TimeSpan.FromDays(1));
        folder.Drop("teams.csv", Teams, clock);
        var again = await dropFolder.RunOnceAsync(ct);

        var done = Path.Combine(folder.Path, CaseSystemDropFolder.DoneFolder);
        Assert.Equal(Path.Combine(done, "teams-2.csv"), Assert.Single(again!.Files).FiledAs);
        Assert.Equal(["teams-2.csv", "teams-2.csv.report.txt", "teams.csv", "teams.csv.report.txt"], Directory.GetFiles(done).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("teams.csv: 2 rows read: 2 added", await File.ReadAllTextAsync(Path.Combine(done, "teams.csv.report.txt"), ct), StringComparison.Ordinal);
        Assert.StartsWith("teams.csv: 2 rows read: 0 added, 0 changed, 2 unchanged", await File.ReadAllTextAsync(Path.Combine(done, "teams-2.csv.report.txt"), ct), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(2, await db.Teams.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task RunOnce_WhileADeadNodeHoldsTheFolder_ImportsNothing_AndTakesOverOnceItsLeaseRunsOut(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var folder = new DropFolder();
        var clock = new FakeTimeProvider(Now);
        folder.Drop("teams.csv", Teams, clock);
        await using (var db = database.CreateDbContext())
        {
            Assert.True(await new JobLeases(db, clock).TryAcquireAsync(CaseSystemDropFolder.LeaseName, "dead-node", TimeSpan.FromMinutes(5), ct));
        }

        await using var node = Node(database, folder.Path, clock);
        var dropFolder = node.GetRequiredService<CaseSystemDropFolder>();

        Assert.Null(await dropFolder.RunOnceAsync(ct));
        Assert.True(File.Exists(Path.Combine(folder.Path, "teams.csv")));

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal(CaseSystemDropFiling.Done, Assert.Single((await dropFolder.RunOnceAsync(ct))!.Files).Filed);
    }

    [Theory]
    [BothProviders]
    public async Task RunOnce_AfterANodeDiedMidFile_ImportsTheFileAgainOnceItsLeaseRunsOut_WithTheRowsItHadAppliedUnchanged(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var folder = new DropFolder();
        var clock = new FakeTimeProvider(Now);
        folder.Drop("teams.csv", Teams, clock);

        // The dead node held the folder and had applied its first batch (here, the first team) when it stopped; the file is still in the folder.
        await using (var db = database.CreateDbContext())
        {
            Assert.True(await new JobLeases(db, clock).TryAcquireAsync(CaseSystemDropFolder.LeaseName, "dead-node", TimeSpan.FromMinutes(5), ct));
            await using var firstBatch = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Teams.ReplaceLineEndings("\n").Split('\n').Take(2)) + "\n"));
            await new CaseSystemImporter(db, clock).ImportAsync(CaseSystemFileKind.Teams, firstBatch, new CaseSystemImportRequest("teams.csv", false, CaseSystemDropFolder.Actor, "dead-node"), null, ct);
        }

        await using var node = Node(database, folder.Path, clock);
        var dropFolder = node.GetRequiredService<CaseSystemDropFolder>();
        Assert.Null(await dropFolder.RunOnceAsync(ct));

        clock.Advance(TimeSpan.FromMinutes(6));
        var pass = await dropFolder.RunOnceAsync(ct);

        var file = Assert.Single(pass!.Files);
        Assert.Equal(CaseSystemDropFiling.Done, file.Filed);
        await using var check = database.CreateDbContext();
        var rerun = await check.CaseSystemImportRuns.AsNoTracking().SingleAsync(r => r.Id == file.RunId, ct);
        Assert.Equal((2, 1, 0, 1), (rerun.RowsRead, rerun.Added, rerun.Changed, rerun.Unchanged));
        Assert.Equal(2, await check.Teams.CountAsync(ct));
        Assert.False(File.Exists(Path.Combine(folder.Path, "teams.csv")));
    }

    [Fact]
    public async Task RunOnce_OnTwoNodesAtOnceOverOnePostgresDatabase_ImportsEachFileExactlyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        using var folder = new DropFolder();
        var clock = new FakeTimeProvider(Now);
        await using var first = Node(database, folder.Path, clock);
        await using var second = Node(database, folder.Path, clock);
        Assert.NotEqual(first.GetRequiredService<NodeIdentity>().Id, second.GetRequiredService<NodeIdentity>().Id);
        var nodes = new[] { first.GetRequiredService<CaseSystemDropFolder>(), second.GetRequiredService<CaseSystemDropFolder>() };

        // Three nights' drops, each raced for by both nodes polling together until the folder is empty.
        var dropped = new List<string>();
        var passes = new List<CaseSystemDropFolderPass?>();
        for (var night = 1; night <= 3; night++)
        {
            foreach (var (kind, content) in new[] { ("teams", Teams), ("workers", Workers), ("people", People), ("allocations", Allocations) })
            {
                var name = $"{kind}-night-{night}.csv";
                folder.Drop(name, content, clock);
                dropped.Add(name);
            }

            for (var round = 0; round < 50 && Directory.GetFiles(folder.Path, "*.csv").Length > 0; round++)
            {
                passes.AddRange(await Task.WhenAll(nodes.Select(n => Task.Run(() => n.RunOnceAsync(ct), ct))));
            }
        }

        await using var db = database.CreateDbContext();
        var runs = await db.CaseSystemImportRuns.AsNoTracking().ToListAsync(ct);
        Assert.Equal(dropped.Order(StringComparer.Ordinal), runs.Select(r => r.FileName).Order(StringComparer.Ordinal));
        Assert.All(runs, r => Assert.Equal(CaseSystemImportStatus.Completed, r.Status));
        Assert.Equal(dropped.Count, passes.Where(p => p is not null).Sum(p => p!.Files.Count));
        var done = Directory.GetFiles(Path.Combine(folder.Path, CaseSystemDropFolder.DoneFolder), "*.csv").Select(Path.GetFileName);
        Assert.Equal(dropped.Order(StringComparer.Ordinal), done.Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, CaseSystemDropFolder.FailedFolder)));
        Assert.Equal(2, await db.Workers.CountAsync(ct));
    }

    [Fact]
    public void Options_WithAFolderThatCannotBeMadeOrTimesOutOfRange_FailWithMessagesNamingTheSetting()
    {
        using var folder = new DropFolder();
        var notAFolder = Path.Combine(folder.Path, "a-file");
        File.WriteAllText(notAFolder, string.Empty);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CaseSystem:DropFolder:Path"] = Path.Combine(notAFolder, "drop"),
            ["CaseSystem:DropFolder:PollInterval"] = "00:00:01",
            ["CaseSystem:DropFolder:LeaseDuration"] = "00:00:10",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddCaseSystemDropFolder(configuration).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CaseSystemDropFolderOptions>>().Value);

        // Each failure names the setting, as the one line the web app prints on start says it.
        Assert.Equal(3, failure.Failures.Count());
        Assert.Contains(failure.Failures, f => f.Contains($"CaseSystem:DropFolder:Path '{Path.Combine(notAFolder, "drop")}' does not exist and FrontDoor cannot create it", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("CaseSystem:DropFolder:PollInterval must be between 00:00:05 and 01:00:00.", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("CaseSystem:DropFolder:LeaseDuration must be between 00:00:30 and 01:00:00.", StringComparison.Ordinal));
    }

    [Fact]
    public void AddCaseSystemDropFolder_WithNoPath_RegistersNoJob_ButAFolderThatDoesNotExistYetIsMade()
    {
        var none = new ServiceCollection().AddCaseSystemDropFolder(new ConfigurationBuilder().Build());
        Assert.DoesNotContain(none, d => d.ServiceType == typeof(CaseSystemDropFolder));

        using var folder = new DropFolder();
        var path = Path.Combine(folder.Path, "nightly", "drop");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["CaseSystem:DropFolder:Path"] = path }).Build();
        using var services = new ServiceCollection().AddLogging().AddCaseSystemDropFolder(configuration).BuildServiceProvider();
        Assert.Equal(TimeSpan.FromSeconds(30), services.GetRequiredService<IOptions<CaseSystemDropFolderOptions>>().Value.SettleTime);
        Assert.True(Directory.Exists(Path.Combine(path, CaseSystemDropFolder.DoneFolder)));
        Assert.True(Directory.Exists(Path.Combine(path, CaseSystemDropFolder.FailedFolder)));
        Assert.NotNull(services.GetRequiredService<CaseSystemDropFolder>());
    }

    [Theory]
    [InlineData("people-full-2026-12-06.csv", CaseSystemFileKind.People, true)]
    [InlineData("People.CSV", CaseSystemFileKind.People, false)]
    [InlineData("allocations_FULL.csv", CaseSystemFileKind.Allocations, true)]
    [InlineData("allocations-fullness.csv", CaseSystemFileKind.Allocations, false)]
    [InlineData("teams 2026-12-06.csv", CaseSystemFileKind.Teams, false)]
    [InlineData("workers.full.csv", CaseSystemFileKind.Workers, true)]
    [InlineData("merges-2026-12-06.csv", CaseSystemFileKind.Merges, false)]
    [InlineData("export-people.csv", null, false)]
    public void Read_TakesTheKindFromTheStartOfTheName_AndFullAsAWordAnywhere(string name, CaseSystemFileKind? kind, bool full)
    {
        var file = CaseSystemDropFile.Read(Path.Combine("/drop", name));

        Assert.Equal((name, kind, full), (file.Name, file.Kind, file.Full));
    }

    /// <summary>One web node's services (its own node identity) with the real registrations, watching the folder.</summary>
    private static ServiceProvider Node(TestDatabase database, string folder, FakeTimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CaseSystem:DropFolder:Path"] = folder,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddDbContext<FrontDoorDbContext>(options => DatabaseSetup.Configure(options, database.Options));
        services.AddCaseSystemImport();
        services.AddCaseSystemDropFolder(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>A folder of its own under the temp folder, deleted afterwards.</summary>
    private sealed class DropFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"frontdoor-drop-{Guid.NewGuid():N}")).FullName;

        /// <summary>Writes the file as the case system's copy would, last written <paramref name="age"/> before the clock's now (5 minutes unless said).</summary>
        public void Drop(string name, string content, FakeTimeProvider clock, TimeSpan? age = null)
        {
            var path = System.IO.Path.Combine(Path, name);
            File.WriteAllText(path, content.ReplaceLineEndings("\n") + "\n");
            File.SetLastWriteTimeUtc(path, (clock.GetUtcNow() - (age ?? TimeSpan.FromMinutes(5))).UtcDateTime);
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
