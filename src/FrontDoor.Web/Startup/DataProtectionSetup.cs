using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FrontDoor.Core;
using FrontDoor.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace FrontDoor.Web.Startup;

internal static class DataProtectionSetup
{
    public const string CertificatePathSetting = "DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";

    /// <summary>
    /// One key ring for every web node, kept in the database: a cookie one node issues is read by the next, and a
    /// restart or redeploy signs nobody out. With a certificate configured, each key is encrypted with it before it is
    /// stored, so a copy of the database (a backup, say) cannot forge a sign-in cookie.
    /// </summary>
    public static void AddFrontDoorDataProtection(this WebApplicationBuilder builder)
    {
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("FrontDoor").PersistKeysToDbContext<FrontDoorDbContext>();
        if (builder.Configuration[CertificatePathSetting] is { Length: > 0 } path)
        {
            dataProtection.ProtectKeysWithCertificate(LoadCertificate(path, builder.Configuration[CertificatePasswordSetting]));
        }
    }

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidConfigurationException($"{CertificatePathSetting} is '{path}', which does not exist. Set it to a PFX file holding the certificate and its private key.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException)
        {
            throw new InvalidConfigurationException($"{CertificatePathSetting} '{path}' cannot be opened: check {CertificatePasswordSetting}, and that the file is a PFX.");
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidConfigurationException($"{CertificatePathSetting} '{path}' has no private key: FrontDoor needs it to read the keys back. Export the PFX with its private key.");
        }

        return certificate;
    }
}
