using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Journeys;

/// <summary>
/// Keeps one kind of multi-page journey between its pages: the answers (<typeparamref name="TState"/>) as JSON,
/// encrypted with Data Protection under a purpose of the journey's own (so one journey's value never reads as
/// another's), in the shared <see cref="IDistributedCache"/> (the database, so any web node serves the next page),
/// under a random id the browser carries in a cookie or the address. Nothing is stored until <see cref="StartAsync"/>,
/// which pages call with the first answer, never on a GET. Completing deletes the answers and keeps only the
/// <typeparamref name="TOutcome"/> the confirmation page needs, so the same answers cannot be sent twice.
/// Register a journey with <see cref="JourneyServiceCollectionExtensions.AddJourney{TState, TOutcome}"/>.
/// </summary>
public sealed class JourneyStore<TState, TOutcome>(
    JourneyDescriptor<TState, TOutcome> descriptor,
    IOptionsMonitor<JourneyOptions> options,
    IDistributedCache cache,
    IDataProtectionProvider dataProtection,
    IOptions<FrontDoorOptions> frontDoor)
    where TState : class
    where TOutcome : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly IDataProtector _states = dataProtection.CreateProtector("FrontDoor.Journeys", descriptor.Name, "State");
    private readonly IDataProtector _outcomes = dataProtection.CreateProtector("FrontDoor.Journeys", descriptor.Name, "Outcome");

    public string Name => descriptor.Name;

    public JourneyOptions Options => options.Get(descriptor.Name);

    private bool Secure => !frontDoor.Value.AllowInsecureHttp;

    /// <summary>
    /// Holds the journey id, or for journeys with the id in the address the browser's owner token. With the __Host-
    /// prefix whenever the cookie is Secure, so no other site can plant one.
    /// </summary>
    public string CookieName => (Secure ? "__Host-FrontDoor-" : "FrontDoor-") + descriptor.Name;

    /// <summary>The browser's journey: from its cookie, or from <paramref name="idFromAddress"/> when the id travels in the address.</summary>
    public async Task<JourneyLookup<TState, TOutcome>> GetAsync(HttpContext http, Guid? idFromAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Request.Cookies.TryGetValue(CookieName, out var cookie);
        Guid id;
        string? owner = null;
        if (Options.IdIn == JourneyIdCarrier.Cookie)
        {
            if (string.IsNullOrEmpty(cookie))
            {
                return new(JourneyStatus.NotStarted);
            }

            if (!Guid.TryParseExact(cookie, "N", out id))
            {
                return new(JourneyStatus.Lost);
            }
        }
        else
        {
            if (idFromAddress is not { } fromAddress)
            {
                return new(JourneyStatus.NotStarted);
            }

            if (string.IsNullOrEmpty(cookie))
            {
                return new(JourneyStatus.Lost);
            }

            (id, owner) = (fromAddress, cookie);
        }

        if (await ReadAsync<TState>(_states, StateKey(id), owner, cancellationToken) is { } state)
        {
            return new(JourneyStatus.InProgress, new JourneyInstance<TState>(id, state, owner));
        }

        return await ReadAsync<TOutcome>(_outcomes, OutcomeKey(id), owner, cancellationToken) is { } outcome
            ? new(JourneyStatus.Completed, Outcome: outcome)
            : new(JourneyStatus.Lost);
    }

    /// <summary>Stores a new journey under a fresh random id and gives the browser what it needs to come back to it.</summary>
    public async Task<JourneyInstance<TState>> StartAsync(HttpContext http, Func<Guid, TState> createState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(createState);

        // 128 random bits, not Guid.NewGuid, whose randomness is not promised: the id is all that guards the answers.
        var id = new Guid(RandomNumberGenerator.GetBytes(16));
        string? owner = null;
        if (Options.IdIn == JourneyIdCarrier.Cookie)
        {
            AppendCookie(http, id.ToString("N"));
        }
        else
        {
            owner = OwnerToken(http);
        }

        var journey = new JourneyInstance<TState>(id, createState(id), owner);
        await WriteAsync(_states, StateKey(id), journey.Owner, journey.State, cancellationToken);
        return journey;
    }

    /// <summary>Saves the answers as they now are.</summary>
    public Task UpdateAsync(JourneyInstance<TState> journey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return WriteAsync(_states, StateKey(journey.Id), journey.Owner, journey.State, cancellationToken);
    }

    /// <summary>
    /// Deletes the answers and keeps <paramref name="outcome"/> in their place for the confirmation page. The outcome
    /// is written first, so a page on another node sees either the answers or the outcome, never neither.
    /// </summary>
    public async Task CompleteAsync(JourneyInstance<TState> journey, TOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journey);
        await WriteAsync(_outcomes, OutcomeKey(journey.Id), journey.Owner, outcome, cancellationToken);
        await cache.RemoveAsync(StateKey(journey.Id), cancellationToken);
    }

    /// <summary>Lets the browser start afresh: forgets its journey cookie (the stored values expire on their own).</summary>
    public void Forget(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (Options.IdIn == JourneyIdCarrier.Cookie && http.Request.Cookies.ContainsKey(CookieName))
        {
            http.Response.Cookies.Delete(CookieName, JourneyCookie(http));
        }
    }

    private async Task<T?> ReadAsync<T>(IDataProtector protector, string key, string? owner, CancellationToken cancellationToken)
        where T : class
    {
        var stored = await cache.GetAsync(key, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        Stored<T>? value;
        try
        {
            value = JsonSerializer.Deserialize<Stored<T>>(protector.Unprotect(stored), Json);
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException)
        {
            // Tampered with, another journey's, or sealed with keys since lost: as good as expired.
            return null;
        }

        return value is not null && SameOwner(value.Owner, owner) ? value.Value : null;
    }

    private Task WriteAsync<T>(IDataProtector protector, string key, string? owner, T value, CancellationToken cancellationToken) =>
        cache.SetAsync(
            key,
            protector.Protect(JsonSerializer.SerializeToUtf8Bytes(new Stored<T>(owner, value), Json)),
            new DistributedCacheEntryOptions { SlidingExpiration = Options.KeptFor },
            cancellationToken);

    private static bool SameOwner(string? stored, string? presented) =>
        stored is null
            ? presented is null
            : presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(presented));

    private string OwnerToken(HttpContext http)
    {
        if (http.Request.Cookies.TryGetValue(CookieName, out var existing) && existing.Length == 32)
        {
            return existing;
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        AppendCookie(http, token);
        return token;
    }

    private void AppendCookie(HttpContext http, string value) => http.Response.Cookies.Append(CookieName, value, JourneyCookie(http));

    private CookieOptions JourneyCookie(HttpContext http) => new()
    {
        HttpOnly = true,
        Secure = Secure || http.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
    };

    // Keyed by a hash of the id, so a copy of the database gives nobody an id to present as a cookie or address.
    private string StateKey(Guid id) => $"frontdoor:journey:{descriptor.Name}:{Convert.ToHexStringLower(SHA256.HashData(id.ToByteArray()))}";

    private string OutcomeKey(Guid id) => StateKey(id) + ":outcome";

    /// <summary>What is encrypted: the value and, for ids in the address, the browser it belongs to.</summary>
    private sealed record Stored<T>(string? Owner, T Value);
}
