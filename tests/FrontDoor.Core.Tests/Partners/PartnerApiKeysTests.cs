using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Partners;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Partners;

public sealed class PartnerApiKeysTests
{
    [Theory]
    [BothProviders]
    public async Task Issue_StoresOnlyTheHash_AndTheKeyAuthenticatesAsThePartner(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var keys = new PartnerApiKeys(db, IntakeTestKit.Clock());

        var issued = await keys.IssueAsync("Testshire Police", ContactSource.Police, "admin", null, ct);

        var stored = await db.PartnerApiKeys.AsNoTracking().SingleAsync(ct);
        Assert.NotEqual(issued.PlainTextKey, stored.KeyHash);
        Assert.DoesNotContain(issued.PlainTextKey, stored.KeyHash, StringComparison.Ordinal);
        Assert.Equal(PartnerApiKeys.Hash(issued.PlainTextKey), stored.KeyHash);
        var partner = await keys.AuthenticateAsync(issued.PlainTextKey, ct);
        Assert.Equal(new PartnerIdentity(stored.Id, "Testshire Police", ContactSource.Police), partner);
        Assert.Null(await keys.AuthenticateAsync(issued.PlainTextKey + "x", ct));
    }

    [Theory]
    [BothProviders]
    public async Task Authenticate_RecordsWhenTheKeyWasLastUsed_ToTheMinute(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var keys = new PartnerApiKeys(db, clock);
        var issued = await keys.IssueAsync("Testshire Police", ContactSource.Police, "admin", null, ct);
        var issuedAt = clock.GetUtcNow();
        async Task<DateTimeOffset?> LastUsedAsync() => (await keys.ListAsync(ct)).Single().LastUsedAt;
        Assert.Null(await LastUsedAsync());

        await keys.AuthenticateAsync(issued.PlainTextKey, ct);
        clock.Advance(TimeSpan.FromSeconds(30));
        await keys.AuthenticateAsync(issued.PlainTextKey, ct);
        var withinTheMinute = await LastUsedAsync();
        clock.Advance(TimeSpan.FromMinutes(5));
        await keys.AuthenticateAsync(issued.PlainTextKey, ct);
        await keys.AuthenticateAsync("not-the-key", ct);

        Assert.Equal(issuedAt, withinTheMinute);
        Assert.Equal(issuedAt.AddSeconds(30).AddMinutes(5), await LastUsedAsync());
    }

    [Theory]
    [BothProviders]
    public async Task Revoke_KeyNoLongerAuthenticates(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var keys = new PartnerApiKeys(db, IntakeTestKit.Clock());
        var issued = await keys.IssueAsync("Oak Care", ContactSource.CareProvider, "admin", null, ct);

        await keys.RevokeAsync(issued.Key.Id, "admin", null, ct);

        Assert.Null(await keys.AuthenticateAsync(issued.PlainTextKey, ct));
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.RecordType == nameof(PartnerApiKey), ct));
    }

    [Theory]
    [BothProviders]
    public async Task Issue_WritesAnAuditEventNamingWhoAndWhere_NeverTheKey(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        var issued = await new PartnerApiKeys(db, IntakeTestKit.Clock()).IssueAsync("Testshire Police", ContactSource.Police, "cli:admin", "cli", ct);

        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(ct);
        Assert.Equal(("cli:admin", AuditAction.Created, nameof(PartnerApiKey), issued.Key.Id.ToString(), "cli"), (audit.Actor, audit.Action, audit.RecordType, audit.RecordId, audit.Origin));
        Assert.DoesNotContain(issued.PlainTextKey, audit.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Revoke_Twice_IsRefusedSayingWhen_AndAuditsOnlyTheFirst(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var keys = new PartnerApiKeys(db, IntakeTestKit.Clock());
        var issued = await keys.IssueAsync("Oak Care", ContactSource.CareProvider, "admin", null, ct);
        await keys.RevokeAsync(issued.Key.Id, "admin", "cli", ct);

        var ex = await Assert.ThrowsAsync<DomainValidationException>(() => keys.RevokeAsync(issued.Key.Id, "admin", "cli", ct));

        Assert.Equal($"Partner key {issued.Key.Id} (Oak Care) was already revoked at 2026-11-02 09:00 UTC", ex.Message);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.Updated, ct));
    }

    [Theory]
    [BothProviders]
    public async Task Revoke_UnknownId_IsRefusedNamingTheId(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var unknown = Guid.CreateVersion7();

        var ex = await Assert.ThrowsAsync<DomainValidationException>(() => new PartnerApiKeys(db, IntakeTestKit.Clock()).RevokeAsync(unknown, "admin", null, ct));

        Assert.Equal($"There is no partner key with the id {unknown}", ex.Message);
        Assert.Equal(0, await db.AuditEvents.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task List_ShowsEveryKeyWithItsLastReferralAndRevocation_NeverTheKey(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var keys = new PartnerApiKeys(db, clock);
        var police = await keys.IssueAsync("Testshire Police", ContactSource.Police, "admin", null, ct);
        clock.Advance(TimeSpan.FromHours(1));
        var care = await keys.IssueAsync("Oak Care", ContactSource.CareProvider, "admin", null, ct);
        var partner = await keys.AuthenticateAsync(police.PlainTextKey, ct);
        await new PartnerContactIntake(db, clock, IntakeTestKit.Intake(db, clock)).SubmitAsync(partner!, IntakeTestKit.Submission(), null, ct);
        clock.Advance(TimeSpan.FromHours(1));
        await keys.RevokeAsync(care.Key.Id, "admin", null, ct);

        var list = await keys.ListAsync(ct);

        Assert.Equal(["Oak Care", "Testshire Police"], list.Select(k => k.PartnerName));
        var (careRow, policeRow) = (list[0], list[1]);
        Assert.Equal((care.Key.Id, ContactSource.CareProvider, IntakeTestKit.Now.AddHours(1), (DateTimeOffset?)null, (DateTimeOffset?)IntakeTestKit.Now.AddHours(2)),
            (careRow.Id, careRow.Source, careRow.CreatedAt, careRow.LastReferralAt, careRow.RevokedAt));
        Assert.Equal((police.Key.Id, false, (DateTimeOffset?)IntakeTestKit.Now.AddHours(1)), (policeRow.Id, policeRow.IsRevoked, policeRow.LastReferralAt));
    }

    [Theory]
    [BothProviders]
    public async Task Issue_ForAKnownPartnerUnderAnotherTypeOrSpelling_IsRefused_AndASecondKeyIsIssued(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var keys = new PartnerApiKeys(db, IntakeTestKit.Clock());
        await keys.IssueAsync("Testshire Police", ContactSource.Police, "admin", null, ct);

        var otherType = await Assert.ThrowsAsync<DomainValidationException>(() => keys.IssueAsync("Testshire Police", ContactSource.Ambulance, "admin", null, ct));
        var otherSpelling = await Assert.ThrowsAsync<DomainValidationException>(() => keys.IssueAsync("testshire police", ContactSource.Police, "admin", null, ct));
        await keys.IssueAsync(" Testshire Police ", ContactSource.Police, "admin", null, ct);

        Assert.Equal("Testshire Police already holds keys as a police partner; a partner keeps one organisation type", otherType.Message);
        Assert.Contains("'Testshire Police'", otherSpelling.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        Assert.Equal(2, await db.PartnerApiKeys.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task EnsureDemoKeys_Twice_AddsEachDemoKeyOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var keys = new PartnerApiKeys(db, IntakeTestKit.Clock(), acceptDemoKeys: true);

        Assert.Equal(4, await keys.EnsureDemoKeysAsync(ct));
        Assert.Equal(0, await keys.EnsureDemoKeysAsync(ct));

        Assert.Equal(4, await db.PartnerApiKeys.CountAsync(k => k.IsDemo, ct));
        Assert.Equal(ContactSource.GpOrPrimaryCare, (await keys.AuthenticateAsync("demo-gp", ct))!.Source);
    }

    [Theory]
    [BothProviders]
    public async Task DemoKeys_WhenDemoModeIsOff_NeverAuthenticate_EvenInADatabaseDemoModeSeeded(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        await new PartnerApiKeys(db, IntakeTestKit.Clock(), acceptDemoKeys: true).EnsureDemoKeysAsync(ct);
        var live = new PartnerApiKeys(db, IntakeTestKit.Clock());
        var issued = await live.IssueAsync("Testshire Police", ContactSource.Police, "admin", null, ct);

        foreach (var (key, _, _) in PartnerApiKeys.DemoKeys)
        {
            Assert.Null(await live.AuthenticateAsync(key, ct));
        }

        Assert.NotNull(await live.AuthenticateAsync(issued.PlainTextKey, ct));
        var listed = await live.ListAsync(ct);
        Assert.Equal(["Testshire Police"], listed.Where(k => !k.IsDemo).Select(k => k.PartnerName));
        Assert.Equal(4, listed.Count(k => k.IsDemo));
    }

    [Theory]
    [BothProviders]
    public async Task DemoKey_StoredWithoutTheDemoFlag_IsStillRefusedWhenDemoModeIsOff(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        db.Add(new PartnerApiKey(Guid.CreateVersion7(), "Demo Constabulary", ContactSource.Police, PartnerApiKeys.Hash("demo-police"), IntakeTestKit.Now));
        await db.SaveChangesAsync(ct);

        Assert.Null(await new PartnerApiKeys(db, IntakeTestKit.Clock()).AuthenticateAsync("demo-police", ct));
        Assert.NotNull(await new PartnerApiKeys(db, IntakeTestKit.Clock(), acceptDemoKeys: true).AuthenticateAsync("demo-police", ct));
    }

    [Fact]
    public void NewKey_ForAMemberOfThePublic_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new PartnerApiKey(Guid.NewGuid(), "Someone", ContactSource.Self, PartnerApiKeys.Hash("k"), IntakeTestKit.Now));
        Assert.Equal(nameof(PartnerApiKey.Source), ex.Field);
    }
}
