using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.TestCommon.Notify;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FrontDoor.Core.Tests.Messages;

/// <summary>At start, each configured template is fetched from the fake Notify and must use exactly the fields FrontDoor fills.</summary>
public sealed class NotifyTemplateCheckTests
{
    [Fact]
    public async Task Start_WithTemplatesUsingExactlyTheFieldsFrontDoorFills_Passes()
    {
        await using var notify = await FakeNotify.StartAsync();

        await CheckAsync(notify.Configuration());

        Assert.Equal(NotifyTemplates.All.Count, notify.TemplateRequests.Count(r => r.Status == 200));
    }

    [Fact]
    public async Task Start_WithATemplateUsingAFieldFrontDoorDoesNotFill_StopsNamingTheSettingAndTheField()
    {
        await using var notify = await FakeNotify.StartAsync(Templates(body: "Dear ((first name)), your reference is ((reference))."));

        var refused = await Assert.ThrowsAsync<InvalidConfigurationException>(() => CheckAsync(notify.Configuration()));

        Assert.StartsWith("Messages:Notify:Templates:request-received-email:", refused.Message, StringComparison.Ordinal);
        Assert.Contains("it uses ((first name)), which FrontDoor does not fill", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithATemplateLeavingOutTheReference_Stops()
    {
        await using var notify = await FakeNotify.StartAsync(Templates(body: "We received your request."));

        var refused = await Assert.ThrowsAsync<InvalidConfigurationException>(() => CheckAsync(notify.Configuration()));

        Assert.Contains("it leaves out ((reference))", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithATemplateIdNotifyDoesNotHave_Stops()
    {
        await using var notify = await FakeNotify.StartAsync();
        var settings = new Dictionary<string, string?>(notify.Configuration()) { ["Messages:Notify:Templates:request-received-sms"] = Guid.NewGuid().ToString("D") };

        var refused = await Assert.ThrowsAsync<InvalidConfigurationException>(() => CheckAsync(settings));

        Assert.StartsWith("Messages:Notify:Templates:request-received-sms: Notify refused to give template", refused.Message, StringComparison.Ordinal);
        Assert.Contains("NoResultFound", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenNotifyCannotBeReached_OnlyWarns()
    {
        // A fake Notify stopped before the check: its port refuses connections.
        var notify = await FakeNotify.StartAsync();
        var settings = new Dictionary<string, string?>(notify.Configuration());
        await notify.DisposeAsync();

        await CheckAsync(settings);
    }

    /// <summary>Every template FrontDoor sends, the first (request-received-email) with this body.</summary>
    private static FakeNotifyTemplate[] Templates(string body)
    {
        var templates = NotifyTemplates.All.Select(t => new FakeNotifyTemplate(Guid.NewGuid(), t.Name, t.Kind, t.Personalisation)).ToArray();
        templates[0] = templates[0] with { Body = body };
        return templates;
    }

    /// <summary>Starts the hosted services AddOutbox registers for these settings, as the web host would.</summary>
    private static async Task CheckAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddOutbox(configuration);
        await using var provider = services.BuildServiceProvider();
        var check = provider.GetServices<IHostedService>().OfType<NotifyTemplateCheck>().Single();
        await check.StartAsync(TestContext.Current.CancellationToken);
    }
}
