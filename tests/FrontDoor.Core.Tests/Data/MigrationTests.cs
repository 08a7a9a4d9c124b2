using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FrontDoor.Core.Tests.Data;

public sealed class MigrationTests
{
    [Theory]
    [BothProviders]
    public async Task Migrate_OnEmptyDatabase_AppliesEveryMigrationAndLeavesNothingPending(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: run scripts/add-migration.sh.");
    }

    [Theory]
    [BothProviders]
    public async Task Migrate_ADatabaseFromAnotherMigrationHistory_IsRefusedWithOneLineAndLeftAlone(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        // What a development build's database from before the squash holds: a migration this build does not have.
#pragma warning disable EF1002 // Test-made literals: nothing here comes from outside.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"__EFMigrationsHistory\" (migration_id, product_version) VALUES ('20261124005012_Partners', '10.0.0')", ct);
#pragma warning restore EF1002

        var refused = await Assert.ThrowsAsync<InvalidConfigurationException>(() => new DatabaseMigrator(db, database.Options).MigrateAsync(ct));

        Assert.DoesNotContain('\n', refused.Message);
        Assert.Contains("20261124005012_Partners", refused.Message, StringComparison.Ordinal);
        Assert.Contains("new, empty database", refused.Message, StringComparison.Ordinal);
        Assert.Equal(db.Database.GetMigrations().Count() + 1, (await db.Database.GetAppliedMigrationsAsync(ct)).Count());
    }

    [Theory]
    [BothProviders]
    public async Task Migrate_Twice_IsHarmless(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        await new DatabaseMigrator(db, database.Options).MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [BothProviders]
    public async Task PersonAndContact_RoundTripWithValueObjectsIntact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var now = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
        var person = new Person(Guid.CreateVersion7(), new PersonName("William", "Smith", "Bill"), now);
        person.SetNhsNumber(NhsNumber.Parse("943 476 5919"), now);
        person.SetDateOfBirth(new DateOnly(1948, 3, 2), now);
        person.MoveTo(new PostalAddress("12 High Street", null, "Loughborough", UkPostcode.Parse("le11 2tp")), now);
        person.SetPhones([PhoneNumber.Parse("07700 900123"), PhoneNumber.Parse("0116 305 0004")], now);
        person.SetCommunicationNeeds(new CommunicationNeeds(InterpreterLanguage: "Gujarati", LargePrint: true), now);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.FamilyOrFriend, now,
            "Dad fell last week <b>and</b> can't manage the stairs", new Caller("Sarah Smith", "Daughter"));
        contact.MatchTo(person.Id);

        await using (var db = database.CreateDbContext())
        {
            db.AddRange(person, contact);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateDbContext())
        {
            var stored = await db.People.SingleAsync(ct);
            Assert.Equal("9434765919", stored.NhsNumber?.Value);
            Assert.Equal("Bill", stored.Name.KnownAs);
            Assert.Equal("LE11 2TP", stored.Address?.Postcode.Value);
            Assert.Equal(["+447700900123", "+441163050004"], stored.Phones.Select(p => p.Value));
            Assert.Equal("Gujarati", stored.CommunicationNeeds.InterpreterLanguage);

            var storedContact = await db.Contacts.Where(c => c.ReceivedAt >= now.AddMinutes(-1)).OrderBy(c => c.ReceivedAt).SingleAsync(ct);
            Assert.Equal(person.Id, storedContact.PersonId);
            Assert.Equal(contact.Reference, storedContact.Reference);
            Assert.Equal("Daughter", storedContact.Caller?.Relationship);
            Assert.Equal(now, storedContact.ReceivedAt);
        }
    }

    [Theory]
    [BothProviders]
    public async Task Contact_MatchExplanationOfFiveFullCandidates_IsStoredWhole(DatabaseProvider provider)
    {
        // Five candidates with every field explained run to several thousand characters of JSON; PostgreSQL
        // refused the save (and so the contact) when the column was varchar(4000).
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var now = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.Police, now, "Concern for welfare", null);
        var explanation = new string('x', 12_000);
        contact.ExplainMatch(explanation);

        await using (var db = database.CreateDbContext())
        {
            db.Add(contact);
            await db.SaveChangesAsync(ct);
        }

        await using var check = database.CreateDbContext();
        Assert.Equal(explanation, (await check.Contacts.SingleAsync(ct)).MatchExplanation);
    }
}
