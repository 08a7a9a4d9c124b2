using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.CaseSystem;

/// <summary>The case system's address history, as the import sees it: a move keeps the address before, and matching uses it.</summary>
public sealed class FormerAddressImportTests
{
    [Theory]
    [BothProviders]
    public async Task Import_APersonWhoMoved_KeepsTheAddressBefore_AndARecordMadeThereIsMatchedToThem(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            var clock = CaseSystemExports.Clock();
            await CaseSystemExports.ImportAllAsync(db, clock, ct);
            clock.Advance(TimeSpan.FromDays(1));
            const string moved = "person_id,given_name,family_name,address_line1,town,postcode\nL100,Mary,Jones,3 Mill Lane,Shepshed,LE12 9AB\n";
            await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People, moved, cancellationToken: ct);

            // The same file the next night changes nothing, and does not count the move twice.
            clock.Advance(TimeSpan.FromDays(1));
            var again = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People, moved, cancellationToken: ct);
            Assert.Equal((0, 1), (again.Changed, again.Unchanged));
        }

        await using var fresh = database.CreateDbContext();
        var mary = await fresh.People.AsNoTracking().SingleAsync(p => p.LasId == "L100", ct);
        var former = Assert.Single(mary.FormerAddresses);
        Assert.Equal(("12 High Street, Loughborough, LE11 1AA", new DateOnly(2026, 12, 7)), (former.Address.ToString(), former.Until));
        Assert.Equal("3 Mill Lane, Shepshed, LE12 9AB", mary.Address?.ToString());

        // A record made before the move (an old referral at the old address, no NHS number) is Mary's.
        using var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()), CaseSystemExports.Clock());
        await host.RebuildAsync(fresh, ct);
        var index = await host.GetAsync(ct);
        var best = index.Match(new PersonRecord("old-referral")
        {
            GivenName = "Mary", FamilyName = "Jones", DateOfBirth = "02/03/1940", AddressLine = "12 High Street", Town = "Loughborough", Postcode = "LE11 1AA",
        }).Best!;
        Assert.Equal(mary.Id, PersonMatchRecords.PersonIdOf(best.Id));
        Assert.Equal("PreviousAddress", best.Explanation.Fields.Single(f => f.Field == MatchField.Postcode).Level);
    }
}
