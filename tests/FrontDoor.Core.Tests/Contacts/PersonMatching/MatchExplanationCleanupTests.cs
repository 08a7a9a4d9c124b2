using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Contacts.PersonMatching;

public sealed class MatchExplanationCleanupTests
{
    private static readonly Guid Edith = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly Guid Stranger = Guid.Parse("0193a000-0000-7000-8000-000000000002");

    /// <summary>As the engine stored it before reasons only (commit 281dbdb): each candidate's names, dates, postcodes and streets.</summary>
    public static readonly string OldExplanation = $$"""
        {"engine":"probabilistic","decision":"the best record is in the review band","candidates":[
          {"personId":"{{Edith}}","probability":0.93,"band":"Review","fields":[
            {"field":"GivenName","level":"KnownAs","weight":3.1,"description":"known-as name Edie = Edith"},
            {"field":"FamilyName","level":"Same","weight":7.2,"description":"same family name Marsh (an uncommon name)"},
            {"field":"DateOfBirth","level":"DayMonthSwapped","weight":4.4,"description":"date of birth day/month swapped (1944-06-03 / 1944-03-06)"},
            {"field":"Postcode","level":"Same","weight":8.2,"description":"same postcode LE2 1AB"},
            {"field":"NhsNumber","level":"None","weight":0,"description":"NHS number missing on one record — no evidence"}]},
          {"personId":"{{Stranger}}","probability":0.41,"band":"NewPerson","fields":[
            {"field":"GivenName","level":"Different","weight":-0.02,"description":"different given names (Edie / Winifred)"},
            {"field":"FamilyName","level":"Different","weight":0.01,"description":"different family names (Marsh / Oakley)"},
            {"field":"DateOfBirth","level":"Same","weight":14.4,"description":"same date of birth"},
            {"field":"Street","level":"Different","weight":-1.5,"description":"different streets (Mill Lane / Quarry Road)"},
            {"field":"DateOfBirth","level":"None","weight":0,"description":"date of birth too incomplete to compare (1944 / 06-1944) — ignored"}]}]}
        """;

    private static readonly string[] PersonalData = ["Edie", "Edith", "Marsh", "1944", "LE2", "Winifred", "Oakley", "Mill Lane", "Quarry Road"];

    [Theory]
    [BothProviders]
    public async Task Migrating_AContactWithAnOldExplanation_KeepsRulesLevelsWeightsAndRecordIds_WithoutAnyonesNamesDatesOrPostcodes(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var contactId = await ContactExplainedAsync(database, OldExplanation);
        await ForgetTheFixRanAsync(database);

        await using (var db = database.CreateDbContext())
        {
            await new DatabaseMigrator(db, database.Options).MigrateAsync(ct);
        }

        await using var check = database.CreateDbContext();
        var stored = (await check.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).MatchExplanation!;
        Assert.All(PersonalData, value => Assert.DoesNotContain(value, stored, StringComparison.Ordinal));
        var before = MatchExplanationReader.Read(OldExplanation);
        var after = MatchExplanationReader.Read(stored);
        Assert.Equal((before.Engine, before.Decision), (after.Engine, after.Decision));
        Assert.Equal(before.Candidates.Select(c => (c.PersonId, c.Probability, c.Band)), after.Candidates.Select(c => (c.PersonId, c.Probability, c.Band)));
        Assert.Equal(
            before.Candidates.SelectMany(c => c.Fields).Select(f => (f.Field, f.Level, f.Weight)),
            after.Candidates.SelectMany(c => c.Fields).Select(f => (f.Field, f.Level, f.Weight)));
        Assert.Equal(
            [
                "known-as name matches given name", "same family name (an uncommon name)", "date of birth day/month swapped", "same postcode", "NHS number missing on one record — no evidence",
                "different given names", "different family names", "same date of birth", "different streets", "date of birth too incomplete to compare — ignored",
            ],
            after.Candidates.SelectMany(c => c.Fields).Select(f => f.Description));
        Assert.Contains(MatchExplanationCleanup.FixName, await check.DataFixes.AsNoTracking().Select(f => f.Name).ToListAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task TheFix_RunsOnce_AndCleaningAgainChangesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var written = await ContactExplainedAsync(database, OldExplanation);

        // Recorded as run when the database was made: a later start does not scan the contacts again.
        await using (var db = database.CreateDbContext())
        {
            await new DatabaseMigrator(db, database.Options).MigrateAsync(ct);
            Assert.Equal(OldExplanation, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == written, ct)).MatchExplanation);

            Assert.Equal(1, await MatchExplanationCleanup.RunAsync(db, ct));
            Assert.Equal(0, await MatchExplanationCleanup.RunAsync(db, ct));
        }
    }

    [Theory]
    [InlineData("""{"matcher":"exact-identifier","rule":"nhs-number","candidates":["0193a000-0000-7000-8000-000000000001"]}""")]
    [InlineData("Matched on NHS number by hand")]
    [InlineData("")]
    public void Clean_KeepsWhatHeldNoFieldText_Readable(string stored)
    {
        var cleaned = MatchExplanationCleanup.Clean(stored);

        var before = MatchExplanationReader.Read(stored);
        var after = MatchExplanationReader.Read(cleaned);
        Assert.Equal((before.Engine, before.Decision, before.Unreadable), (after.Engine, after.Decision, after.Unreadable));
        Assert.Equal(before.Candidates.Select(c => c.PersonId), after.Candidates.Select(c => c.PersonId));
    }

    [Theory]
    [InlineData("GivenName", "Same", "same given name Edith (given and family names swapped)", "same given name (given and family names swapped)")]
    [InlineData("GivenName", "initial", "initial P matches Peter", "initial matches given name")]
    [InlineData("FamilyName", "FormerName", "former family name Marsh (now Oakley) = family name Marsh", "former family name matches family name")]
    [InlineData("Postcode", "Different", "different postcodes (LE2 1AB / LE11 2TP)", "different postcodes")]
    [InlineData("Town", "Similar", "towns similar (Loughborough / Loughboro)", "towns similar")]
    [InlineData("NationalId", "OneEdit", "national id one character different (QQ123456A / QQ123456B)", "national id one character different")]
    [InlineData("HouseNumber", "Same", "same house number 12", "same house number")]
    [InlineData("Street", "Unheard", "Mill Lane in some new way", "Street: Unheard")]
    [InlineData("Pets", "Same", "same cat, Tibbles", "evidence not kept")]
    [InlineData("LasId", "None", "different LAS IDs — no evidence (a duplicate case record has its own)", "different LAS IDs — no evidence (a duplicate case record has its own)")]
    [InlineData("NhsNumber", "Same", "same NHS number", "same NHS number")]
    public void ReasonFromStored_DropsTheValuesAnOldDescriptionNamed(string field, string level, string stored, string reason)
    {
        Assert.Equal(reason, FieldContribution.ReasonFromStored(field, level, stored));
        Assert.Equal(reason, FieldContribution.ReasonFromStored(field, level, reason));
    }

    private static async Task<Guid> ContactExplainedAsync(TestDatabase database, string explanation)
    {
        await using var db = database.CreateDbContext();
        var at = DateTimeOffset.UtcNow.AddDays(-30);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.Police, at, "Welfare concern for a woman living alone.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Edie", FamilyName = "Marsh" }, FrontDoor.Core.People.CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.MarkForMatchReview();
        contact.ExplainMatch(explanation);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contact.Id;
    }

    /// <summary>A database from before the fix: the fix has not run on it.</summary>
    private static async Task ForgetTheFixRanAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        await db.DataFixes.Where(f => f.Name == MatchExplanationCleanup.FixName).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
    }
}
