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

        var issued = await keys.IssueAsync("Testshire Police", ContactSource.Police, "admin", ct);

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
    public async Task Revoke_KeyNoLongerAuthenticates(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var keys = new PartnerApiKeys(db, IntakeTestKit.Clock());
        var issued = await keys.IssueAsync("Oak Care", ContactSource.CareProvider, "admin", ct);

        await keys.RevokeAsync(issued.Key.Id, "admin", ct);

        Assert.Null(await keys.AuthenticateAsync(issued.PlainTextKey, ct));
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.RecordType == nameof(PartnerApiKey), ct));
    }

    [Fact]
    public async Task EnsureDemoKeys_Twice_AddsEachDemoKeyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();
        var keys = new PartnerApiKeys(db, IntakeTestKit.Clock());

        Assert.Equal(4, await keys.EnsureDemoKeysAsync(ct));
        Assert.Equal(0, await keys.EnsureDemoKeysAsync(ct));

        Assert.Equal(4, await db.PartnerApiKeys.CountAsync(ct));
        Assert.Equal(ContactSource.GpOrPrimaryCare, (await keys.AuthenticateAsync("demo-gp", ct))!.Source);
    }

    [Fact]
    public void NewKey_ForAMemberOfThePublic_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new PartnerApiKey(Guid.NewGuid(), "Someone", ContactSource.Self, PartnerApiKeys.Hash("k"), IntakeTestKit.Now));
        Assert.Equal(nameof(PartnerApiKey.Source), ex.Field);
    }
}
