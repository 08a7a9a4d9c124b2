using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.People.Search;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.CaseSystem;

public sealed class CaseSystemImportSearchTests
{
    [Theory]
    [BothProviders]
    public async Task Search_FindsAnImportedPersonWithTheirAllocation_AndFollowsTheNextNightsChangesWithoutARebuild(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        await CaseSystemExports.ImportAllAsync(db, clock, ct);
        using var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()), clock);
        await host.RebuildAsync(db, ct);
        var search = new PersonSearch(db, clock, host, new AllocationStatusLookup(db, clock), new AccessAuditWriter((DbContextOptions<FrontDoorDbContext>)db.GetService<IDbContextOptions>(), clock));

        var mary = (await search.SearchAsync("Mary Jones 02/03/1940", 5, "demo-advisor", null, ct)).People[0];

        Assert.Equal(("L100", "Asha Patel", "North Locality Team", "01632 960001"), (mary.LasId, mary.Allocation.WorkerName, mary.Allocation.TeamName, mary.Allocation.DutyPhone));

        // The next night: Mary moved and her case went to the hospital discharge team's occupational therapist.
        clock.Advance(TimeSpan.FromDays(1));
        await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People, "person_id,given_name,family_name,address_line1,town,postcode\nL100,Mary,Jones,3 Mill Lane,Shepshed,LE12 9AB\n", cancellationToken: ct);
        await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Allocations, "allocation_id,person_id,worker_id,team_id,start_date\nA1,L100,W2,T2,2026-01-05\n", cancellationToken: ct);
        var caughtUp = await host.CatchUpAsync(db, ct);
        var again = await host.CatchUpAsync(db, ct);

        // Only Mary changed (the others were read in the overlap, already applied); the next tick re-reads her stamp in
        // the overlap but does not load her again.
        Assert.Equal((1, 3), (caughtUp.PeopleApplied, caughtUp.PeopleChecked));
        Assert.Equal((0, 1), (again.PeopleApplied, again.PeopleChecked));
        var moved = (await search.SearchAsync("Mary Jones LE12 9AB", 5, "demo-advisor", null, ct)).People[0];
        Assert.Equal(mary.PersonId, moved.PersonId);
        Assert.Contains(moved.Explanation, reason => reason.Contains("postcode", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(("Ben Cole", "Hospital Discharge Team, County"), (moved.Allocation.WorkerName, moved.Allocation.TeamName));
    }
}
