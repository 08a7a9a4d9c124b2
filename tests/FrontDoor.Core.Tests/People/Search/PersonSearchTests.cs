using System.Data.Common;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Search;
using FrontDoor.Core.Teams;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.People.Search;

public sealed class PersonSearchTests
{
    private readonly FakeTimeProvider _clock = new(SearchTestPeople.Now);

    [Theory]
    [BothProviders]
    public async Task Search_NicknameAndTransposedDateOfBirth_FindsTheRightPersonFirstWithTheirAllocation(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);

        // William was born on 7 March; the caller says "Bill" and gives 3 July.
        var results = await SearchOf(db, host).SearchAsync("Bill Hargreaves 03/07/1948", 10, "demo-advisor", "127.0.0.1", ct);

        var first = results.People[0];
        Assert.Equal(people.William, first.PersonId);
        Assert.False(results.NameOnlySearch);
        Assert.NotNull(first.Probability);
        Assert.True(first.Probability > results.People.Where(p => p.PersonId != people.William).Select(p => p.Probability ?? 0).DefaultIfEmpty(0).Max());
        Assert.Contains(first.Explanation, reason => reason.Contains("Bill", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(first.Explanation, reason => reason.Contains("swapped", StringComparison.Ordinal));
        Assert.Equal("Sam Okoro", first.Allocation.WorkerName);
        Assert.Equal("Social worker", first.Allocation.WorkerRole);
        Assert.Equal("Charnwood Community Team", first.Allocation.TeamName);
        Assert.Equal("01632 960001", first.Allocation.DutyPhone);
        Assert.Equal("Monday to Friday, 8:30am to 5pm", first.Allocation.OpeningHours);
        Assert.True(first.Allocation.DutyLineOpenNow);
        Assert.Equal(77, first.Age);
    }

    [Theory]
    [BothProviders]
    public async Task Search_ByMaidenName_FindsTheMarriedWomanAndSaysWhy(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        await SearchTestPeople.SaveAsync(db, ct);
        var created = SearchTestPeople.Now.AddYears(-1);
        var married = new Person(Guid.NewGuid(), new PersonName("Dorothy", "Ainsworth", formerFamilyName: "Pickering"), created);
        married.SetDateOfBirth(new DateOnly(1944, 8, 19), created);
        db.People.Add(married);
        await db.SaveChangesAsync(ct);
        using var host = await IndexOfAsync(db, ct);

        // A police report still uses the name she was born with.
        var results = await SearchOf(db, host).SearchAsync("Dorothy Pickering 19/08/1944", 10, "demo-advisor", null, ct);

        var first = results.People[0];
        Assert.Equal(married.Id, first.PersonId);
        Assert.Equal("Pickering", first.FormerFamilyName);
        Assert.Contains("former family name Pickering (now Ainsworth) = family name Pickering", first.Explanation);
    }

    [Theory]
    [BothProviders]
    public async Task Search_ByNhsNumber_FindsThePersonAsVeryLikely(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);

        var results = await SearchOf(db, host).SearchAsync("943 476 5919 Hargreaves", 10, "demo-advisor", null, ct);

        Assert.Equal(people.William, results.People[0].PersonId);
        Assert.Equal(MatchStrength.VeryLikely, results.People[0].Strength);
        Assert.Equal("943 476 5919", results.People[0].NhsNumber);
    }

    [Theory]
    [BothProviders]
    public async Task Search_EndedAllocation_ShowsNotAllocatedAndTheDutyLineClosesOutOfHours(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);
        _clock.SetUtcNow(new DateTimeOffset(2026, 3, 7, 11, 0, 0, TimeSpan.Zero)); // a Saturday

        var mary = (await SearchOf(db, host).SearchAsync("Mary Smith 5 May 1940", 5, "demo-advisor", null, ct)).People[0];
        var william = (await SearchOf(db, host).SearchAsync("William Hargreaves 7/3/1948", 5, "demo-advisor", null, ct)).People[0];

        Assert.Equal(people.Mary, mary.PersonId);
        Assert.False(mary.Allocation.IsAllocated);
        Assert.Equal("Not allocated", mary.Allocation.Summary);
        Assert.Equal(people.William, william.PersonId);
        Assert.False(william.Allocation.DutyLineOpenNow);
    }

    [Theory]
    [BothProviders]
    public async Task Search_FamilyNameOnly_FallsBackToACaseInsensitivePrefixSearchMarkedNameOnly(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);

        var results = await SearchOf(db, host).SearchAsync("sMiTh", 10, "demo-advisor", null, ct);

        Assert.True(results.NameOnlySearch);
        Assert.Equal([people.Mary, people.Margaret], results.People.Select(p => p.PersonId));
        Assert.All(results.People, p => Assert.Equal(MatchStrength.NameOnly, p.Strength));
        Assert.All(results.People, p => Assert.Null(p.Probability));
    }

    [Theory]
    [BothProviders]
    public async Task Search_ACommonFamilyNameAlone_SaysHowManyThereAre_AndPagesThroughThemByGivenNameAndDateOfBirth(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        await SearchTestPeople.SaveAsync(db, ct);
        string[] given = ["Alice", "Bernard", "Cyril", "Doreen", "William"];
        for (var i = 0; i < 45; i++)
        {
            var smith = new Person(Guid.NewGuid(), new PersonName(given[i % given.Length], "Smith"), SearchTestPeople.Now);
            smith.SetDateOfBirth(new DateOnly(1930 + i, 1, 1), SearchTestPeople.Now);
            db.People.Add(smith);
        }

        await db.SaveChangesAsync(ct);
        using var host = await IndexOfAsync(db, ct);

        var first = await SearchOf(db, host).SearchAsync("Smith", 20, page: 1, "demo-advisor", null, ct);
        var last = await SearchOf(db, host).SearchAsync("Smith", 20, page: 3, "demo-advisor", null, ct);

        // 45 Smiths, Mary Smith, and then Margaret SMITHSON, whose name only starts like it.
        Assert.Equal((47, 20, true), (first.TotalFound, first.People.Count, first.HasNextPage));
        Assert.Equal(["Alice Smith"], first.People.Take(1).Select(p => p.Name));
        Assert.Equal(first.People.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.DateOfBirth).Select(p => p.PersonId), first.People.Select(p => p.PersonId));
        Assert.Equal((7, false), (last.People.Count, last.HasNextPage));
        Assert.Contains(last.People, p => p.Name == "William Smith");
        Assert.Equal("Margaret SMITHSON", last.People[^1].Name);
        Assert.All(first.People, p => Assert.Contains(PersonSearch.NameOnlyAdvice, p.Explanation));
    }

    [Theory]
    [BothProviders]
    public async Task Search_ACommonNameTypedExactly_RanksThePersonAboveASoundAlikeAndAFormerName(DatabaseProvider provider)
    {
        // Seen at a million people: "John Davies 06/07/1950" put Jean Davies first (John is common, so its exact
        // agreement weighed less than John ~ Jean, which no frequency touches), and "Smith 13 February 1954" put a
        // woman once called Smith above Jason Smith born that day.
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        await SearchTestPeople.SaveAsync(db, ct);
        for (var i = 0; i < 300; i++)
        {
            // Common names are common against the rest: 60 Johns and 60 Smiths among 300 otherwise unique people.
            var person = new Person(Guid.NewGuid(), new PersonName(i < 60 ? "John" : $"Gi{Letters(i)}", i % 5 == 0 ? "Smith" : $"Fa{Letters(i)}"), SearchTestPeople.Now);
            person.SetDateOfBirth(new DateOnly(1920, 1, 1).AddDays(i * 37), SearchTestPeople.Now);
            db.People.Add(person);
        }

        var john = AddPerson(db, "John", "Davies", new DateOnly(1950, 7, 6));
        AddPerson(db, "Jean", "Davies", new DateOnly(1950, 7, 6));
        var jason = AddPerson(db, "Jason", "Smith", new DateOnly(1954, 2, 13));
        var rebecca = new Person(Guid.NewGuid(), new PersonName("Rebecca", "Owen", formerFamilyName: "Smith"), SearchTestPeople.Now);
        rebecca.SetDateOfBirth(new DateOnly(1954, 2, 13), SearchTestPeople.Now);
        db.People.Add(rebecca);
        await db.SaveChangesAsync(ct);
        using var host = await IndexOfAsync(db, ct);

        var byName = await SearchOf(db, host).SearchAsync("John Davies 06/07/1950", 10, "demo-advisor", null, ct);
        var bySurname = await SearchOf(db, host).SearchAsync("Smith 13 February 1954", 10, "demo-advisor", null, ct);

        Assert.True(john.Id == byName.People[0].PersonId, string.Join(" | ", byName.People.Take(3).Select(p => $"{p.Name}: {string.Join("; ", p.Explanation)}")));
        Assert.True(jason.Id == bySurname.People[0].PersonId, string.Join(" | ", bySurname.People.Take(3).Select(p => $"{p.Name}: {string.Join("; ", p.Explanation)}")));
    }

    // Names are read without digits, so unique names are spelt in letters: 0 → "aa", 27 → "bb".
    private static string Letters(int i) => string.Concat((char)('a' + (i / 26 % 26)), (char)('a' + (i % 26)), (char)('a' + (i / 676)));

    private static Person AddPerson(FrontDoorDbContext db, string given, string family, DateOnly dateOfBirth)
    {
        var person = new Person(Guid.NewGuid(), new PersonName(given, family), SearchTestPeople.Now);
        person.SetDateOfBirth(dateOfBirth, SearchTestPeople.Now);
        db.People.Add(person);
        return person;
    }

    [Theory]
    [BothProviders]
    public async Task Search_FamilyNameAndYearOfBirth_FindsThoseBornThatYear(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);

        var results = await SearchOf(db, host).SearchAsync("Smith 1940", 10, "demo-advisor", null, ct);

        Assert.Equal([people.Mary], results.People.Select(p => p.PersonId));
        Assert.Contains("born in 1940", results.Query.Understood);
    }

    [Theory]
    [BothProviders]
    public async Task Search_ANicknameAndNothingElse_RanksByTheNameAndSaysToConfirmTheDateOfBirth_NotUnlikely(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);

        var results = await SearchOf(db, host).SearchAsync("Bill Hargreaves", 10, "demo-advisor", null, ct);

        Assert.NotEmpty(results.People);
        Assert.Equal(people.William, results.People[0].PersonId);
        Assert.All(results.People, p => Assert.Equal((MatchStrength.NameOnly, "Name only"), (p.Strength, p.StrengthText)));
        Assert.All(results.People, p => Assert.Equal(PersonSearch.NameOnlyAdvice, p.Explanation[0]));
    }

    [Theory]
    [BothProviders]
    public async Task Search_FamilyNameWithATypo_FallsBackToItsFirstLettersAndRanksBySimilarity(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);

        var results = await SearchOf(db, host).SearchAsync("Smiht", 10, "demo-advisor", null, ct);

        Assert.True(results.NameOnlySearch);
        Assert.Equal(people.Mary, results.People[0].PersonId);
    }

    [Theory]
    [BothProviders]
    public async Task Search_AnySearch_IsAuditedWithoutTheSearchText(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);

        var results = await SearchOf(db, host).SearchAsync("Hargreaves 07/03/1948", 10, "demo-advisor", "10.0.0.7", ct);
        await SearchOf(db, host).SearchAsync("🙂 31/02/1950", 10, "demo-advisor", "10.0.0.7", ct);

        var audits = await db.AuditEvents.AsNoTracking().Include(a => a.People).Where(a => a.Action == AuditAction.Searched).ToListAsync(ct);
        Assert.Equal(2, audits.Count);
        Assert.Equal(
            results.People.Select(p => p.PersonId).Order(),
            audits.Single(a => a.People.Count > 0).People.Select(p => p.PersonId).Order());
        Assert.Contains(audits, a => a.Detail == $"person search, {results.People.Count} results");
        Assert.Contains(audits, a => a.Detail == "person search, 0 results");
        Assert.All(audits, a =>
        {
            Assert.Equal("demo-advisor", a.Actor);
            Assert.Equal("10.0.0.7", a.Origin);
            Assert.DoesNotContain("Hargreaves", a.Detail, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [BothProviders]
    public async Task Search_RankedByTheEngine_ReadsNothingFromTheDatabase(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);
        var commands = new CommandLog();
        await using var watched = new FrontDoorDbContext(new DbContextOptionsBuilder<FrontDoorDbContext>(DatabaseSetup.CreateOptions(database.Options))
            .AddInterceptors(commands).Options);
        var search = new PersonSearch(watched, _clock, host, new AllocationStatusLookup(watched, _clock), new AccessAuditWriter(DatabaseOptionsOf(db), _clock));

        var william = (await search.SearchAsync("Bill Hargreaves 7/3/1948 LE11", 5, "demo-advisor", null, ct)).People[0];

        // Type-ahead runs on every keystroke: the listing and the allocation come from memory, only the audit is written.
        Assert.Empty(commands.Texts);
        Assert.Equal(people.William, william.PersonId);
        Assert.Equal("William Hargreaves", william.Name);
        Assert.Equal("LE11 2TP", william.Postcode);
        Assert.Equal("943 476 5919", william.NhsNumber);
        Assert.Equal("1000123", william.LasId);
        Assert.Equal("Sam Okoro", william.Allocation.WorkerName);
        Assert.Contains("in postcode district LE11", william.Explanation);
    }

    [Theory]
    [BothProviders]
    public async Task Search_AfterAllocationsChangeOnAnotherNode_ShowsThemOnceTheIndexCatchesUp(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);
        var now = _clock.GetUtcNow();

        // Another node ends William's allocation, allocates Wilfred to a new team and changes a duty line.
        await using (var otherNode = database.CreateDbContext())
        {
            var williams = await otherNode.Allocations.SingleAsync(a => a.PersonId == people.William, ct);
            williams.End(new DateOnly(2026, 2, 28), now);
            var team = new Team(Guid.NewGuid(), "Melton Community Team", PhoneNumber.Parse("01632 960 003"), "melton@example.gov.uk", OpeningHours.OfficeHours);
            otherNode.Teams.Add(team);
            otherNode.Allocations.Add(new Allocation(Guid.NewGuid(), people.Wilfred, null, team.Id, new DateOnly(2026, 3, 1), now));
            await otherNode.SaveChangesAsync(ct);
        }

        var before = await SearchOf(db, host).SearchAsync("Hargreaves LE11 2TP", 5, "demo-advisor", null, ct);
        await host.CatchUpAsync(db, ct);
        var after = await SearchOf(db, host).SearchAsync("Hargreaves LE11 2TP", 5, "demo-advisor", null, ct);

        Assert.Equal("Sam Okoro", before.People.Single(p => p.PersonId == people.William).Allocation.WorkerName);
        Assert.False(before.People.Single(p => p.PersonId == people.Wilfred).Allocation.IsAllocated);
        Assert.Equal("Not allocated", after.People.Single(p => p.PersonId == people.William).Allocation.Summary);
        var wilfred = after.People.Single(p => p.PersonId == people.Wilfred).Allocation;
        Assert.Equal("Allocated to Melton Community Team", wilfred.Summary);
        Assert.Equal("01632 960003", wilfred.DutyPhone);
    }

    [Theory]
    [BothProviders]
    public async Task CatchUp_AChangeStampedJustBeforeTheLastOneSeen_IsStillPickedUp(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        using var host = await IndexOfAsync(db, ct);
        var team = await db.Teams.SingleAsync(ct);
        var now = _clock.GetUtcNow();
        db.Allocations.Add(new Allocation(Guid.NewGuid(), people.Margaret, null, team.Id, new DateOnly(2026, 3, 1), now));
        await db.SaveChangesAsync(ct);
        await host.CatchUpAsync(db, ct);

        // A slower transaction (or a node whose clock runs behind) commits a change stamped before the last one seen.
        db.Allocations.Add(new Allocation(Guid.NewGuid(), people.Wilfred, null, team.Id, new DateOnly(2026, 3, 1), now.AddSeconds(-30)));
        await db.SaveChangesAsync(ct);
        await host.CatchUpAsync(db, ct);

        var wilfred = (await SearchOf(db, host).SearchAsync("Wilfred Hargreaves 20/11/1951", 5, "demo-advisor", null, ct)).People[0];
        Assert.Equal(people.Wilfred, wilfred.PersonId);
        Assert.Equal("Allocated to Charnwood Community Team", wilfred.Allocation.Summary);
    }

    [Theory]
    [BothProviders]
    public async Task Open_APerson_ReturnsTheirSummaryAndAuditsTheView(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var people = await SearchTestPeople.SaveAsync(db, ct);
        var lookup = new PersonSummaryLookup(db, _clock, new AllocationStatusLookup(db, _clock), new AuditLog(db, _clock));

        var summary = await lookup.OpenAsync(people.William, "demo-advisor", "127.0.0.1", "opened from person search", ct);
        var nobody = await lookup.OpenAsync(Guid.NewGuid(), "demo-advisor", "127.0.0.1", "opened from person search", ct);

        Assert.NotNull(summary);
        Assert.Equal("William Hargreaves", summary.Name);
        Assert.Equal("Allocated to Sam Okoro (Social worker), Charnwood Community Team", summary.Allocation.Summary);
        Assert.Null(nobody);
        var viewed = Assert.Single(await db.AuditEvents.AsNoTracking().Where(a => a.Action == AuditAction.Viewed).ToListAsync(ct));
        Assert.Equal(people.William.ToString("D"), viewed.RecordId);
        Assert.Equal(people.William, Assert.Single(await db.AuditEventPeople.AsNoTracking().Where(p => p.AuditEventId == viewed.Id).ToListAsync(ct)).PersonId);
        Assert.Equal("opened from person search", viewed.Detail);
    }

    private PersonSearch SearchOf(FrontDoorDbContext db, PersonIndexHost host) =>
        new(db, _clock, host, new AllocationStatusLookup(db, _clock), new AccessAuditWriter(DatabaseOptionsOf(db), _clock));

    // The audit writer stores on its own connection to the same database, as it does in the app.
    private static DbContextOptions<FrontDoorDbContext> DatabaseOptionsOf(FrontDoorDbContext db) =>
        (DbContextOptions<FrontDoorDbContext>)db.GetService<IDbContextOptions>();

    private async Task<PersonIndexHost> IndexOfAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()), _clock);
        await host.RebuildAsync(db, cancellationToken);
        return host;
    }

    /// <summary>Every statement a DbContext sends.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
