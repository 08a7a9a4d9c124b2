using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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

    [Fact]
    public async Task NodesOnDifferentDatabases_CannotReadEachOthersCookies()
    {
        await using var oneCouncil = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var another = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var first = FrontDoorAppFactory.For(oneCouncil);
        await using var second = FrontDoorAppFactory.For(another);

        var cookie = Protector(first).Protect("signed in as demo-advisor");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector(second).Unprotect(cookie));
    }

    [Fact]
    public async Task WithACertificate_KeysAreStoredEncrypted_AndAnotherNodeWithTheCertificateReadsThem()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var pfx = Path.Combine(Path.GetTempPath(), $"frontdoor-keys-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=FrontDoor Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "correct horse"), TestContext.Current.CancellationToken);
        }

        try
        {
            var settings = new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "correct horse" };
            await using var first = FrontDoorAppFactory.For(database, settings);
            await using var second = FrontDoorAppFactory.For(database, settings);

            var cookie = Protector(first).Protect("signed in as demo-advisor");

            Assert.Equal("signed in as demo-advisor", Protector(second).Unprotect(cookie));
            await using var db = database.CreateDbContext();
            var stored = Assert.Single(db.DataProtectionKeys).Xml!;
            Assert.Contains("EncryptedData", stored, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", stored, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    private static IDataProtector Protector(FrontDoorAppFactory app) => app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
