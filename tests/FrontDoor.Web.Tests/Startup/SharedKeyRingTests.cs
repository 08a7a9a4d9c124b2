using System.Security.Cryptography;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Startup;

/// <summary>Web nodes on one database share a key ring, so what one node protects (a sign-in cookie, a journey id) the next can read.</summary>
public sealed class SharedKeyRingTests
{
    private const string Purpose = "FrontDoor.Tests.SharedKeyRing";

    [Theory]
    [BothProviders]
    public async Task ProtectedOnOneNode_IsReadOnAnotherAndAfterARestart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        string cookie;
        await using (var first = FrontDoorAppFactory.For(database))
        {
            cookie = Protector(first).Protect("signed in as demo-advisor");
            await using var second = FrontDoorAppFactory.For(database);
            Assert.Equal("signed in as demo-advisor", Protector(second).Unprotect(cookie));
        }

        await using var restarted = FrontDoorAppFactory.For(database);
        Assert.Equal("signed in as demo-advisor", Protector(restarted).Unprotect(cookie));

        await using var db = database.CreateDbContext();
        Assert.Single(db.DataProtectionKeys);
    }

    [Theory]
    [BothProviders]
    public async Task NodesOnDifferentDatabases_CannotReadEachOthersCookies(DatabaseProvider provider)
    {
        await using var oneCouncil = await TestDatabase.CreateMigratedAsync(provider);
        await using var another = await TestDatabase.CreateMigratedAsync(provider);
        await using var first = FrontDoorAppFactory.For(oneCouncil);
        await using var second = FrontDoorAppFactory.For(another);

        var cookie = Protector(first).Protect("signed in as demo-advisor");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector(second).Unprotect(cookie));
    }

    [Theory]
    [BothProviders]
    public async Task WithACertificate_KeysAreStoredEncrypted_AndAnotherNodeWithTheCertificateReadsThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var certificate = TestCertificate.Create();
        await using var first = FrontDoorAppFactory.For(database, certificate.Settings);
        await using var second = FrontDoorAppFactory.For(database, certificate.Settings);

        var cookie = Protector(first).Protect("signed in as demo-advisor");

        Assert.Equal("signed in as demo-advisor", Protector(second).Unprotect(cookie));
        await using var db = database.CreateDbContext();
        var stored = Assert.Single(db.DataProtectionKeys).Xml!;
        Assert.Contains("EncryptedData", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", stored, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task AfterRotatingTheCertificate_KeysMadeUnderTheOldOneAreRead_OnlyWhileItIsListedAsPrevious(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        using var oldCertificate = TestCertificate.Create("FrontDoor Data Protection 2026", "old password");
        using var newCertificate = TestCertificate.Create("FrontDoor Data Protection 2027", "new password");
        string cookie;
        await using (var beforeRotation = FrontDoorAppFactory.For(database, oldCertificate.Settings))
        {
            cookie = Protector(beforeRotation).Protect("signed in as demo-advisor");
        }

        await using (var forgotTheOldOne = FrontDoorAppFactory.For(database, newCertificate.Settings))
        {
            Assert.ThrowsAny<CryptographicException>(() => Protector(forgotTheOldOne).Unprotect(cookie));
        }

        await using var rotated = FrontDoorAppFactory.For(database, new Dictionary<string, string?>(newCertificate.Settings)
        {
            ["DataProtection:PreviousCertificates:0:Path"] = oldCertificate.Path,
            ["DataProtection:PreviousCertificates:0:Password"] = oldCertificate.Password,
        });

        Assert.Equal("signed in as demo-advisor", Protector(rotated).Unprotect(cookie));
    }

    private static IDataProtector Protector(FrontDoorAppFactory app) => app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
