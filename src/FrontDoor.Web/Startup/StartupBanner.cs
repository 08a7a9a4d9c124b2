using System.Text;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Messages.Webhooks;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Startup;

internal static class StartupBanner
{
    /// <summary>Once listening, says where FrontDoor is and, in demo mode, who you can sign in as.</summary>
    public static void PrintStartupBanner(this WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var frontDoor = app.Services.GetRequiredService<IOptions<FrontDoorOptions>>().Value;
        var text = new StringBuilder()
            .AppendLine()
            .AppendLine($"FrontDoor for {frontDoor.CouncilName} is running ({database.Provider}: {DatabaseMigrator.Describe(database)}).");
        foreach (var address in addresses)
        {
            text.AppendLine($"  Public portal: {address}/").AppendLine($"  Staff area:    {address}/staff");
        }

        if (!app.Services.GetRequiredService<IOptions<NotifyOptions>>().Value.IsConfigured)
        {
            text.AppendLine("GOV.UK Notify is not configured (Messages:Notify:ApiKey): texts and emails wait in the outbox, unsent.");
        }

        var webhooks = app.Services.GetRequiredService<IOptions<WebhookOptions>>().Value;
        if (webhooks.IsConfigured)
        {
            text.AppendLine($"Webhooks: contact events go to {string.Join(", ", webhooks.Subscriptions.Select(s => $"{s.Name} ({string.Join(", ", s.Events)})"))}.");
        }

        if (frontDoor.Demo)
        {
            text.AppendLine("Demo mode: sign in at /sign-in as any of these, no password:");
            foreach (var user in DemoUser.All)
            {
                text.AppendLine($"  {user.Name} ({Roles.DisplayName(user.Role)})");
            }
        }

        Console.Out.Write(text.ToString());
    });
}
