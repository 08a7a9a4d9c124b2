using System.Text;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.People;

public sealed class PersonPageCaseSystemTests
{
    private const string People = "person_id,given_name,family_name,date_of_birth\nL100,Mary,Jones,1940-03-02\nL101,Mary,Jones,1940-03-02\nL102,Edith,Clarke,1932-07-15\n";

    [Fact]
    public async Task Get_ARecordTheCaseSystemMergedAway_SaysSoAndLinksToTheKeptRecord()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await ImportAsync(database, CaseSystemFileKind.People, People, full: false, ct);
        await ImportAsync(database, CaseSystemFileKind.Merges, "kept_id,merged_id\nL100,L101\n", full: false, ct);
        await using var db = database.CreateDbContext();
        var merged = await db.People.AsNoTracking().SingleAsync(p => p.MergedIntoId != null, ct);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await client.GetStringAsync($"/staff/people/{merged.Id:D}", ct);

        Assert.Contains("The case system merged this record into another one.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/people/{merged.MergedIntoId:D}\">Open the record it was merged into</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ARecordAFullExportLeftOut_WarnsItIsNoLongerInTheCaseSystem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await ImportAsync(database, CaseSystemFileKind.People, People, full: false, ct);
        await ImportAsync(database, CaseSystemFileKind.People, "person_id,given_name,family_name\nL100,Mary,Jones\nL101,Mary,Jones\n", full: true, ct);
        await using var db = database.CreateDbContext();
        var edith = await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L102", ct);
        var mary = await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L100", ct);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var left = await client.GetStringAsync($"/staff/people/{edith.Id:D}", ct);
        var still = await client.GetStringAsync($"/staff/people/{mary.Id:D}", ct);

        Assert.Contains("data-testid=\"person-left-case-system\"", left, StringComparison.Ordinal);
        Assert.Contains($"Not in the case system's export of {DateTime.UtcNow:d MMMM yyyy}", left, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"person-left-case-system\"", still, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsAnAdministrator_ShowsWhatImportsChangedWithTheValuesReplaced_AndAdvisorsDoNotSeeIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await ImportAsync(database, CaseSystemFileKind.People, "person_id,given_name,family_name,postcode,address_line1\nL100,Mary,Jones,LE11 1AA,12 High Street\n", full: false, ct);
        await ImportAsync(database, CaseSystemFileKind.People, "person_id,given_name,family_name,postcode,address_line1\nL100,Mary,Jones-Clarke,LE12 9AB,3 Mill Lane\n", full: false, ct);
        await using var db = database.CreateDbContext();
        var mary = await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L100", ct);
        await using var app = FrontDoorAppFactory.For(database);
        using var administrator = app.CreateBrowserLikeClient();
        (await administrator.SignInAsDemoUserAsync("demo-administrator")).Dispose();
        using var advisor = app.CreateBrowserLikeClient();
        (await advisor.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var seen = await administrator.GetStringAsync($"/staff/people/{mary.Id:D}", ct);
        var notSeen = await advisor.GetStringAsync($"/staff/people/{mary.Id:D}", ct);

        Assert.Contains("data-testid=\"case-system-changes\"", seen, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">family_name, address</td>", seen, StringComparison.Ordinal);
        Assert.Contains("family_name: Jones; address: 12 High Street, LE11 1AA", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("case-system-changes", notSeen, StringComparison.Ordinal);
    }

    private static async Task ImportAsync(TestDatabase database, CaseSystemFileKind kind, string text, bool full, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        var run = await new CaseSystemImporter(db, TimeProvider.System).ImportAsync(kind, new MemoryStream(Encoding.UTF8.GetBytes(text)), new CaseSystemImportRequest($"{kind.Name()}.csv", full, "cli:test", "cli"), null, ct);
        Assert.Equal((CaseSystemImportStatus.Completed, 0), (run.Status, run.Refused));
    }
}
