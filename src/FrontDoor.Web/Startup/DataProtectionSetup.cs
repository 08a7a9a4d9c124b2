using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FrontDoor.Core;
using FrontDoor.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace FrontDoor.Web.Startup;

/// <summary>The <c>DataProtection</c> section: the certificate the key ring is encrypted with, and the ones it was.</summary>
public sealed class DataProtectionSettings
{
    public const string SectionName = "DataProtection";

    /// <summary>A PFX file with its private key. Required outside Development.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Certificates the key ring was encrypted with before the current one: keys made under them are still read, so
    /// the certificate can be rotated without signing everyone out. New keys are encrypted with the current one only.
    /// </summary>
    public IList<CertificateFile> PreviousCertificates { get; } = [];
}

/// <summary>A PFX file and its password.</summary>
public sealed class CertificateFile
{
    public string? Path { get; set; }

    public string? Password { get; set; }
}

internal static class DataProtectionSetup
{
    public const string CertificatePathSetting = "DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";

    /// <summary>
    /// One key ring for every web node, kept in the database: a cookie one node issues is read by the next, and a
    /// restart or redeploy signs nobody out. Each key is encrypted with the council's certificate before it is
    /// stored, so a copy of the database (a backup, say) cannot forge a sign-in cookie; only Development may run
    /// without one.
    /// </summary>
    public static void AddFrontDoorDataProtection(this WebApplicationBuilder builder)
    {
        var settings = new DataProtectionSettings();
        builder.Configuration.GetSection(DataProtectionSettings.SectionName).Bind(settings);
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("FrontDoor").PersistKeysToDbContext<FrontDoorDbContext>();
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            if (!builder.Environment.IsDevelopment())
            {
                throw new InvalidConfigurationException(
                    $"{CertificatePathSetting} is not set: outside Development FrontDoor encrypts its sign-in keys with the council's certificate, so a copy of the database cannot forge a sign-in. Set it (and {CertificatePasswordSetting}) to a PFX file holding the certificate and its private key.");
            }

            return;
        }

        dataProtection.ProtectKeysWithCertificate(LoadCertificate(CertificatePathSetting, settings.CertificatePath, CertificatePasswordSetting, settings.CertificatePassword));
        var previous = settings.PreviousCertificates
            .Select((certificate, index) => LoadCertificate(
                $"DataProtection:PreviousCertificates:{index}:Path", certificate.Path, $"DataProtection:PreviousCertificates:{index}:Password", certificate.Password))
            .ToArray();
        if (previous.Length > 0)
        {
            dataProtection.UnprotectKeysWithAnyCertificate(previous);
        }
    }

    private static X509Certificate2 LoadCertificate(string pathSetting, string? path, string passwordSetting, string? password)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new InvalidConfigurationException($"{pathSetting} is '{path}', which does not exist. Set it to a PFX file holding the certificate and its private key.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException)
        {
            throw new InvalidConfigurationException($"{pathSetting} '{path}' cannot be opened: check {passwordSetting}, and that the file is a PFX.");
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidConfigurationException($"{pathSetting} '{path}' has no private key: FrontDoor needs it to read the keys back. Export the PFX with its private key.");
        }

        return certificate;
    }
}
