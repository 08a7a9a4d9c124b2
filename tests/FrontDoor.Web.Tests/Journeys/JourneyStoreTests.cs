using FrontDoor.Web.Journeys;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace FrontDoor.Web.Tests.Journeys;

/// <summary>
/// The journey store on its own, with two journeys whose answers look exactly alike, an in-memory cache and
/// ephemeral keys: what it stores, and what it refuses to read back. The pages' use of it, on both databases, is
/// in the journeys' own tests.
/// </summary>
public sealed class JourneyStoreTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IServiceScope _scope;

    public JourneyStoreTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Journeys:KeptFor:Beta"] = "00:45:00" })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IDistributedCache, RecordingCache>()
            .AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider())
            .Configure<FrontDoorOptions>(_ => { })
            .AddJourney<Answers, Receipt>("Alpha", journey => journey.KeptFor = TimeSpan.FromHours(2))
            .AddJourney<SameAnswers, Receipt>("Beta", journey => journey.KeptFor = TimeSpan.FromHours(2))
            .AddJourney<AnswersByAddress, Receipt>("Gamma", journey => journey.IdIn = JourneyIdCarrier.Url);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _scope = _services.CreateScope();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RecordingCache Cache => (RecordingCache)_scope.ServiceProvider.GetRequiredService<IDistributedCache>();

    private JourneyStore<Answers, Receipt> Alpha => _scope.ServiceProvider.GetRequiredService<JourneyStore<Answers, Receipt>>();

    private JourneyStore<AnswersByAddress, Receipt> Gamma => _scope.ServiceProvider.GetRequiredService<JourneyStore<AnswersByAddress, Receipt>>();

    private JourneyStore<SameAnswers, Receipt> Beta => _scope.ServiceProvider.GetRequiredService<JourneyStore<SameAnswers, Receipt>>();

    [Fact]
    public async Task Start_StoresTheAnswersEncryptedUnderTheJourneysKey()
    {
        var browser = new Browser();

        var journey = await browser.Do(http => Alpha.StartAsync(http, _ => new Answers("Margaret Okafor"), Ct));

        var key = Assert.Single(Cache.KeysWritten);
        var stored = await Cache.GetAsync(key, Ct);
        Assert.NotNull(stored);
        // Neither the value nor the key gives away what a browser would present to read it.
        Assert.StartsWith("frontdoor:journey:Alpha:", key, StringComparison.Ordinal);
        Assert.DoesNotContain(journey.Id.ToString("N"), key, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Margaret", System.Text.Encoding.UTF8.GetString(stored), StringComparison.Ordinal);
        Assert.Equal(journey.Id.ToString("N"), browser.Cookies["__Host-FrontDoor-Alpha"]);
        var found = await browser.Do(http => Alpha.GetAsync(http, idFromAddress: null, Ct));
        Assert.Equal((JourneyStatus.InProgress, "Margaret Okafor"), (found.Status, found.Journey?.State.Name));
    }

    [Fact]
    public async Task Get_AnotherJourneysStateUnderThisJourneysKey_IsLostNotRead()
    {
        var browser = new Browser();
        var alpha = await browser.Do(http => Alpha.StartAsync(http, _ => new Answers("Margaret Okafor"), Ct));

        // Beta's answers have the same shape; only the purpose they were encrypted for tells them apart.
        var alphaKey = Assert.Single(Cache.KeysWritten);
        var beta = await browser.Do(http => Beta.StartAsync(http, _ => new SameAnswers("Someone else"), Ct));
        var betaKey = Assert.Single(Cache.KeysWritten, key => key != alphaKey);
        await Cache.SetAsync(betaKey, (await Cache.GetAsync(alphaKey, Ct))!, Ct);
        var asBeta = await browser.Do(http => Beta.GetAsync(http, idFromAddress: null, Ct));

        Assert.Equal(JourneyStatus.Lost, asBeta.Status);
        Assert.Null(asBeta.Journey);
    }

    [Fact]
    public async Task Get_StoredValueTamperedWith_IsLost()
    {
        var browser = new Browser();
        await browser.Do(http => Alpha.StartAsync(http, _ => new Answers("Margaret Okafor"), Ct));
        var key = Assert.Single(Cache.KeysWritten);
        var stored = (await Cache.GetAsync(key, Ct))!;
        stored[^1] ^= 0x01;
        await Cache.SetAsync(key, stored, Ct);

        var found = await browser.Do(http => Alpha.GetAsync(http, idFromAddress: null, Ct));

        Assert.Equal(JourneyStatus.Lost, found.Status);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("00000000000000000000000000000000")]
    public async Task Get_CookieTamperedWith_IsLost(string cookie)
    {
        var browser = new Browser();
        await browser.Do(http => Alpha.StartAsync(http, _ => new Answers("Margaret Okafor"), Ct));
        browser.Cookies["__Host-FrontDoor-Alpha"] = cookie;

        var found = await browser.Do(http => Alpha.GetAsync(http, idFromAddress: null, Ct));

        Assert.Equal(JourneyStatus.Lost, found.Status);
    }

    [Fact]
    public async Task Get_WithoutCookie_IsNotStartedAndStoresNothing()
    {
        var found = await new Browser().Do(http => Alpha.GetAsync(http, idFromAddress: null, Ct));

        Assert.Equal(JourneyStatus.NotStarted, found.Status);
    }

    [Fact]
    public async Task Complete_DeletesTheAnswersAndKeepsOnlyTheOutcome()
    {
        var browser = new Browser();
        var journey = await browser.Do(http => Alpha.StartAsync(http, _ => new Answers("Margaret Okafor"), Ct));
        var answersKey = Assert.Single(Cache.KeysWritten);

        await Alpha.CompleteAsync(journey, new Receipt("FD-ABCDEFGH"), Ct);
        var found = await browser.Do(http => Alpha.GetAsync(http, idFromAddress: null, Ct));

        Assert.Null(await Cache.GetAsync(answersKey, Ct));
        Assert.Equal((JourneyStatus.Completed, "FD-ABCDEFGH"), (found.Status, found.Outcome?.Reference));
        Assert.Null(found.Journey);
    }

    [Fact]
    public async Task Get_IdInTheAddressFromAnotherBrowser_IsLost()
    {
        var owner = new Browser();
        var stranger = new Browser();
        var journey = await owner.Do(http => Gamma.StartAsync(http, _ => new AnswersByAddress("Margaret Okafor"), Ct));

        var byOwner = await owner.Do(http => Gamma.GetAsync(http, journey.Id, Ct));
        var byStranger = await stranger.Do(http => Gamma.GetAsync(http, journey.Id, Ct));
        stranger.Cookies["__Host-FrontDoor-Gamma"] = new string('0', 32);
        var byForgedOwner = await stranger.Do(http => Gamma.GetAsync(http, journey.Id, Ct));

        Assert.Equal(JourneyStatus.InProgress, byOwner.Status);
        Assert.Equal(JourneyStatus.Lost, byStranger.Status);
        Assert.Equal(JourneyStatus.Lost, byForgedOwner.Status);
    }

    [Fact]
    public void Options_AreThoseRegisteredUnlessConfigurationSaysOtherwise()
    {
        Assert.Equal(TimeSpan.FromHours(2), Alpha.Options.KeptFor);
        Assert.Equal(TimeSpan.FromMinutes(45), Beta.Options.KeptFor);
        Assert.Equal(("2 hours", "45 minutes"), (Alpha.Options.KeptForInWords(), Beta.Options.KeptForInWords()));
    }

    [Fact]
    public void AddJourney_SameAnswersTypeTwice_IsRefused()
    {
        var services = new ServiceCollection().AddJourney<Answers, Receipt>("Alpha");

        Assert.Throws<InvalidOperationException>(() => services.AddJourney<Answers, Receipt>("Delta"));
    }

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
    }


    public sealed record Answers(string Name);

    public sealed record SameAnswers(string Name);

    public sealed record AnswersByAddress(string Name);

    public sealed record Receipt(string Reference);

    /// <summary>An in-memory cache that remembers which keys were written, so tests can find the store's rows.</summary>
    private sealed class RecordingCache : IDistributedCache
    {
        private readonly MemoryDistributedCache _cache = new(Microsoft.Extensions.Options.Options.Create(new MemoryDistributedCacheOptions()));

        public List<string> KeysWritten { get; } = [];

        public byte[]? Get(string key) => _cache.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => _cache.GetAsync(key, token);

        public void Refresh(string key) => _cache.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => _cache.RefreshAsync(key, token);

        public void Remove(string key) => _cache.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => _cache.RemoveAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
        {
            KeysWritten.Add(key);
            _cache.Set(key, value, options);
        }

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            KeysWritten.Add(key);
            return _cache.SetAsync(key, value, options, token);
        }
    }

    /// <summary>Keeps the cookies the store sets and sends them with the next request, as a browser does.</summary>
    private sealed class Browser
    {
        public Dictionary<string, string> Cookies { get; } = [];

        public async Task<T> Do<T>(Func<HttpContext, Task<T>> request)
        {
            var http = new DefaultHttpContext();
            http.Request.Scheme = "https";
            http.Request.Headers.Cookie = string.Join("; ", Cookies.Select(cookie => $"{cookie.Key}={cookie.Value}"));
            var result = await request(http);
            foreach (var set in SetCookieHeaderValue.ParseList([.. http.Response.Headers.SetCookie.OfType<string>()]))
            {
                Cookies[set.Name.Value!] = set.Value.Value!;
            }

            return result;
        }
    }
}
