using FrontDoor.Core.Jobs;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Messages;

internal static class OutboxTestKit
{
    /// <summary>A receipt written the way a cause writes it: staged by the outbox, committed with the contact it is about.</summary>
    public static async Task<Guid> AddReceiptAsync(TestDatabase database, FakeTimeProvider clock, CancellationToken ct, NotifyTemplate? template = null, string recipient = "someone@example.org")
    {
        template ??= NotifyTemplates.RequestReceivedEmail;
        await using var db = database.CreateDbContext();
        OutboxMessage? message = null;
        await IntakeTestKit.Intake(db, clock).ReceiveAsync(IntakeTestKit.Submission(), contact =>
            message = new Outbox(db, clock).Add(template.Kind, template.Name, recipient, new Dictionary<string, string> { ["reference"] = contact.Reference.ToString() }, contact.Id), ct);
        return message!.Id;
    }

    public static async Task<OutboxMessage> ReadAsync(TestDatabase database, Guid id, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
    }

    /// <summary>The outbox as the web host registers it, reading the given settings, on the test's database and clock.</summary>
    public static ServiceProvider Services(TestDatabase database, FakeTimeProvider clock, IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<NodeIdentity>()
            .AddLogging()
            .AddScoped(_ => database.CreateDbContext());
        services.AddOutbox(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>One pass of the real sender, in its own scope.</summary>
    public static async Task<int> SendDueAsync(ServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(10, "node-a", ct);
    }
}
