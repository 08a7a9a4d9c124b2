using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>
/// Keeps e-form drafts between pages in <see cref="IDistributedCache"/>, encrypted with Data Protection because
/// they hold personal data. The journey id is in the address; a cookie ties the draft to the browser that
/// started it, so a copied link does not show someone else's answers.
/// </summary>
public sealed class ReferralDrafts(IDistributedCache cache, IDataProtectionProvider dataProtection, IOptions<FrontDoorOptions> frontDoor)
{
    /// <summary>Long enough to finish a form between calls on a shift; unsent drafts then disappear on their own.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(3);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("FrontDoor.Professionals.ReferralDraft");

    public string OwnerCookieName => AuthenticationSetup.CookieName(!frontDoor.Value.AllowInsecureHttp) + "-Referrals";

    public async Task<ReferralDraft> StartAsync(HttpContext http, ProfessionalForm form, CancellationToken cancellationToken)
    {
        var draft = new ReferralDraft { JourneyId = Guid.NewGuid(), FormSlug = form.Slug, OwnerToken = OwnerToken(http) };
        await SaveAsync(draft, cancellationToken);
        return draft;
    }

    /// <summary>The draft when it exists, is for this form and belongs to this browser; otherwise null.</summary>
    public async Task<ReferralDraft?> FindAsync(HttpContext http, ProfessionalForm form, Guid journeyId, CancellationToken cancellationToken)
    {
        var stored = await cache.GetAsync(Key(journeyId), cancellationToken);
        if (stored is null || !http.Request.Cookies.TryGetValue(OwnerCookieName, out var owner))
        {
            return null;
        }

        ReferralDraft? draft;
        try
        {
            draft = JsonSerializer.Deserialize<ReferralDraft>(_protector.Unprotect(stored), Json);
        }
        catch (CryptographicException)
        {
            // Keys rotated or lost since it was saved: as good as expired.
            return null;
        }

        return draft is not null && draft.FormSlug == form.Slug && draft.JourneyId == journeyId
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(draft.OwnerToken), Encoding.UTF8.GetBytes(owner))
            ? draft
            : null;
    }

    public Task SaveAsync(ReferralDraft draft, CancellationToken cancellationToken) =>
        cache.SetAsync(
            Key(draft.JourneyId),
            _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(draft, Json)),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = KeptFor },
            cancellationToken);

    private string OwnerToken(HttpContext http)
    {
        if (http.Request.Cookies.TryGetValue(OwnerCookieName, out var existing) && existing.Length == 32)
        {
            return existing;
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        http.Response.Cookies.Append(OwnerCookieName, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = !frontDoor.Value.AllowInsecureHttp,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
        });
        return token;
    }

    private static string Key(Guid journeyId) => $"frontdoor:referral-draft:{journeyId:N}";
}
