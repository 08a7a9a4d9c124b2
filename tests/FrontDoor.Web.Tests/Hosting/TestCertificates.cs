using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FrontDoor.Web.Tests.Hosting;

/// <summary>Self-signed Data Protection certificates written as PFX files to the temp folder, deleted when disposed.</summary>
public sealed class TestCertificate : IDisposable
{
    private static readonly Lazy<TestCertificate> LazyShared = new(() =>
    {
        var certificate = Create("FrontDoor Data Protection (shared by the tests)");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => certificate.Dispose();
        return certificate;
    });

    private TestCertificate(string path, string password)
    {
        Path = path;
        Password = password;
    }

    /// <summary>One certificate for the whole test run (deleted when it ends), for hosts that only need to have one.</summary>
    public static TestCertificate Shared => LazyShared.Value;

    public string Path { get; }

    public string Password { get; }

    /// <summary>The settings that make FrontDoor encrypt its keys with this certificate.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataProtection:CertificatePath"] = Path,
        ["DataProtection:CertificatePassword"] = Password,
    };

    public static TestCertificate Create(string name = "FrontDoor Data Protection (test)", string password = "correct horse")
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"frontdoor-keys-{Guid.NewGuid():N}.pfx");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return new TestCertificate(path, password);
    }

    public void Dispose() => File.Delete(Path);
}
