using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.TestCommon.Databases;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.People.Matching;

public sealed class ProbabilisticContactMatcherTests
{
    [Theory]
    [BothProviders]
    public async Task Match_WithNicknameAndSwappedDate_LinksTheRightPersonAndExplainsWhy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var william = PeopleOnRecord.Person("William", "Hargreaves", new DateOnly(1948, 3, 4), "943 476 5919", "12 Church Lane", "LE11 3AB");
        var matcher = await MatcherOverAsync(database, william, PeopleOnRecord.Person("Margaret", "Oakley", new DateOnly(1939, 7, 2), null, "4 Mill Lane", "LE10 1AA"));

        var outcome = await matcher.MatchAsync(new ReportedPerson
        {
            GivenName = "Bill", FamilyName = "Hargreaves", DateOfBirth = new DateOnly(1948, 4, 3), NhsNumberAsGiven = "9434765919",
            AddressLine1 = "12 Church Lane", Postcode = "LE11 3AB",
        }, TestContext.Current.CancellationToken);

        Assert.Equal(ContactMatchKind.Matched, outcome.Kind);
        Assert.Equal(william.Id, outcome.PersonId);
        Assert.Contains("known-as name matches given name", outcome.Explanation, StringComparison.Ordinal);
        Assert.Contains("\"decision\":\"one record is in the link band\"", outcome.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Match_WithNobodyLikeThem_IsNoMatch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var matcher = await MatcherOverAsync(database, PeopleOnRecord.Person("William", "Hargreaves", new DateOnly(1948, 3, 4), "943 476 5919", "12 Church Lane", "LE11 3AB"));

        var outcome = await matcher.MatchAsync(new ReportedPerson { GivenName = "Zofia", FamilyName = "Nowak", DateOfBirth = new DateOnly(1990, 1, 1), Postcode = "NG1 5DT" },
            TestContext.Current.CancellationToken);

        Assert.Equal(ContactMatchKind.NoMatch, outcome.Kind);
        Assert.Null(outcome.PersonId);
    }

    [Fact]
    public async Task Match_WithEmptyReport_IsNoMatchWithoutTouchingTheIndex()
    {
        var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()));

        var outcome = await new ProbabilisticContactMatcher(host).MatchAsync(ReportedPerson.Empty, TestContext.Current.CancellationToken);

        Assert.Equal(ContactMatchKind.NoMatch, outcome.Kind);
        Assert.False(host.IsReady);
    }

    [Theory]
    [BothProviders]
    public async Task Match_WithTwinsEquallyLikely_AsksAPersonInsteadOfGuessing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var dob = new DateOnly(1961, 5, 20);
        var matcher = await MatcherOverAsync(database,
            PeopleOnRecord.Person("Peter", "Ashby", dob, null, "7 Forest Road", "LE11 2TP"),
            PeopleOnRecord.Person("Paul", "Ashby", dob, null, "7 Forest Road", "LE11 2TP"));

        var outcome = await matcher.MatchAsync(new ReportedPerson { GivenName = "P", FamilyName = "Ashby", DateOfBirth = dob, AddressLine1 = "7 Forest Road", Postcode = "LE11 2TP" },
            TestContext.Current.CancellationToken);

        Assert.NotEqual(ContactMatchKind.Matched, outcome.Kind);
    }

    [Theory]
    [BothProviders]
    public async Task Match_ReferralGivingTheMaidenName_FindsHerOldRecordMadeUnderIt(DatabaseProvider provider)
    {
        // The council's record is from before her marriage; the ambulance crew give her name now and her maiden name.
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var old = PeopleOnRecord.Person("Dorothy", "Pickering", new DateOnly(1944, 8, 19), null, "3 Station Road", "LE12 9QE");
        var matcher = await MatcherOverAsync(database, old, PeopleOnRecord.Person("Dorothy", "Ainsworth", new DateOnly(1951, 2, 2), null, "9 Park Road", "LE3 5RT"));

        var outcome = await matcher.MatchAsync(new ReportedPerson
        {
            GivenName = "Dorothy", FamilyName = "Ainsworth", FormerFamilyName = "Pickering", DateOfBirth = new DateOnly(1944, 8, 19),
            AddressLine1 = "3 Station Road", Postcode = "LE12 9QE",
        }, TestContext.Current.CancellationToken);

        Assert.NotEqual(ContactMatchKind.NoMatch, outcome.Kind);
        Assert.Contains(old.Id, outcome.Candidates);
        Assert.Contains("former family name matches family name", outcome.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Match_StrangerWithTheSameDateOfBirthAndPostcode_IsNeitherLinkedNorPutUpForReview(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var william = PeopleOnRecord.Person("William", "Hargreaves", new DateOnly(1948, 3, 4), null, "12 Church Lane", "LE11 3AB");
        var matcher = await MatcherOverAsync(database, william, PeopleOnRecord.Person("Margaret", "Oakley", new DateOnly(1939, 7, 2), null, "4 Mill Lane", "LE10 1AA"));

        var outcome = await matcher.MatchAsync(new ReportedPerson
        {
            GivenName = "Priya", FamilyName = "Chaudhry", DateOfBirth = new DateOnly(1948, 3, 4), AddressLine1 = "12 Church Lane", Postcode = "LE11 3AB",
        }, TestContext.Current.CancellationToken);

        Assert.Equal(ContactMatchKind.NoMatch, outcome.Kind);
        Assert.Empty(outcome.Candidates);
    }

    [Theory]
    [BothProviders]
    public async Task Match_DateOfBirthOnly_IsLeftUnmatchedWithNoCandidates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var dob = new DateOnly(1948, 3, 4);
        var matcher = await MatcherOverAsync(database,
            PeopleOnRecord.Person("William", "Hargreaves", dob, null, "12 Church Lane", "LE11 3AB"),
            PeopleOnRecord.Person("Margaret", "Oakley", dob, null, "4 Mill Lane", "LE10 1AA"));

        var outcome = await matcher.MatchAsync(new ReportedPerson { DateOfBirth = dob, Postcode = "LE11 3AB" }, TestContext.Current.CancellationToken);

        Assert.Equal(ContactMatchKind.NoMatch, outcome.Kind);
        Assert.Empty(outcome.Candidates);
        Assert.Empty(MatchExplanationReader.Read(outcome.Explanation).Candidates);
        Assert.Contains("no name or identifier", outcome.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Match_StoredExplanation_HoldsNoCandidatesNameOrPostcode(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var matcher = await MatcherOverAsync(database,
            PeopleOnRecord.Person("William", "Hargreaves", new DateOnly(1948, 3, 4), null, "12 Church Lane", "LE11 3AB"),
            PeopleOnRecord.Person("Wilhelmina", "Harrow", new DateOnly(1948, 3, 4), null, "3 Mill Lane", "LE11 3AD"));

        var outcome = await matcher.MatchAsync(new ReportedPerson
        {
            GivenName = "Wilma", FamilyName = "Hargreave", DateOfBirth = new DateOnly(1948, 3, 4), AddressLine1 = "12 Church Lane", Postcode = "LE11 3AD",
        }, TestContext.Current.CancellationToken);

        Assert.NotEmpty(MatchExplanationReader.Read(outcome.Explanation).Candidates);
        foreach (var personal in new[] { "William", "Hargreaves", "Wilhelmina", "Harrow", "LE11 3AB", "Mill Lane", "Church Lane" })
        {
            Assert.DoesNotContain(personal, outcome.Explanation, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<ProbabilisticContactMatcher> MatcherOverAsync(TestDatabase database, params Person[] people)
    {
        await using var db = database.CreateDbContext();
        db.People.AddRange(people);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()));
        await host.RebuildAsync(db, TestContext.Current.CancellationToken);
        return new ProbabilisticContactMatcher(host);
    }
}
