using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>Whether the browser has a request for help under way, and if so, what.</summary>
public enum JourneyLookup
{
    Found,
    NeverStarted,

    /// <summary>The browser had a journey but the server let it go after <see cref="RequestHelpJourneyStore.KeptFor"/> without activity.</summary>
    TimedOut,
}

/// <summary>
/// Keeps each journey's answers on the server (a story can run to 20,000 characters, far beyond a cookie) under a
/// random journey id. The browser holds only that id, data-protected in an HttpOnly cookie, so the pages work
/// without JavaScript and the answers never travel in URLs or hidden fields.
/// </summary>
public sealed class RequestHelpJourneyStore(IDistributedCache cache, IDataProtectionProvider dataProtection, IOptions<FrontDoorOptions> frontDoor)
{
    /// <summary>How long answers are kept after the last page was seen.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(2);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly IDataProtector _protector = dataProtection.CreateProtector("FrontDoor.Portal.RequestHelp.JourneyId");

    private bool Secure => !frontDoor.Value.AllowInsecureHttp;

    /// <summary>With the __Host- prefix whenever the cookie is Secure, so no other site can plant a journey id.</summary>
    public string CookieName => Secure ? "__Host-FrontDoor-RequestHelp" : "FrontDoor-RequestHelp";

    public async Task<(JourneyLookup Lookup, RequestHelpJourney? Journey)> FindAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (JourneyIdFromCookie(http) is not { } id)
        {
            return (JourneyLookup.NeverStarted, null);
        }

        var stored = await cache.GetAsync(CacheKey(id), cancellationToken);
        return stored is null
            ? (JourneyLookup.TimedOut, null)
            : (JourneyLookup.Found, JsonSerializer.Deserialize<RequestHelpJourney>(stored, Json));
    }

    /// <summary>Carries on with the browser's unfinished request, or starts a new one (also after one was sent).</summary>
    public async Task<RequestHelpJourney> ResumeOrStartAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (await FindAsync(http, cancellationToken) is (JourneyLookup.Found, { IsSent: false } unfinished))
        {
            return unfinished;
        }

        var journey = new RequestHelpJourney { Id = Guid.NewGuid() };
        await SaveAsync(journey, cancellationToken);
        http.Response.Cookies.Append(CookieName, _protector.Protect(journey.Id.ToString("N")), new CookieOptions
        {
            HttpOnly = true,
            Secure = Secure || http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
        });
        return journey;
    }

    public Task SaveAsync(RequestHelpJourney journey, CancellationToken cancellationToken) =>
        cache.SetAsync(
            CacheKey(journey.Id),
            JsonSerializer.SerializeToUtf8Bytes(journey, Json),
            new DistributedCacheEntryOptions { SlidingExpiration = KeptFor },
            cancellationToken);

    private Guid? JourneyIdFromCookie(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var protectedId) || string.IsNullOrEmpty(protectedId))
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(_protector.Unprotect(protectedId), "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            // A cookie from before a key change, or tampered with: treat the browser as new.
            return null;
        }
    }

    private static string CacheKey(Guid id) => $"frontdoor:request-help:{id:N}";
}
