using FrontDoor.Core.Jobs;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.TestCommon.Messages;

/// <summary>
/// One node's outbox as the web host registers it (<see cref="MessagesServiceCollectionExtensions.AddOutbox"/>):
/// its own <see cref="NodeIdentity"/>, its own services and connections, sharing only the database with any other
/// node. For tests and benchmarks that need several senders, or the sender without a web host.
/// </summary>
public sealed class OutboxNode : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private OutboxNode(ServiceProvider services) => _services = services;

    public string Id => _services.GetRequiredService<NodeIdentity>().Id;

    public IServiceProvider Services => _services;

    public static OutboxNode Start(TestDatabase database, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(clock ?? TimeProvider.System)
            .AddSingleton<NodeIdentity>()
            .AddLogging()
            .AddScoped(_ => database.CreateDbContext());
        services.AddOutbox(configuration);
        return new OutboxNode(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    /// <summary>One run of the send job, as the jobs home runs it on each tick.</summary>
    public async Task RunSendJobAsync(CancellationToken cancellationToken)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxSendJob>().RunAsync(scope.ServiceProvider, cancellationToken);
    }

    /// <summary>One claim of up to <paramref name="take"/> due messages by this node, sent; returns how many it claimed.</summary>
    public async Task<int> SendDueAsync(int take, CancellationToken cancellationToken)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(take, Id, cancellationToken);
    }

    /// <summary>The channel the node sends texts and emails through (GOV.UK Notify), to call without the outbox.</summary>
    public IMessageChannel NotifyChannel => _services.GetServices<IMessageChannel>().OfType<NotifyChannel>().Single();

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    /// <summary>
    /// Writes <paramref name="count"/> "request received" emails through <see cref="Outbox.Add"/>, committed in
    /// batches, each to its own address; returns their ids.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> WriteReceiptsAsync(TestDatabase database, int count, CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        const int PerCommit = 500;
        var template = NotifyTemplates.RequestReceivedEmail;
        var ids = new List<Guid>(count);
        for (var start = 0; start < count; start += PerCommit)
        {
            await using var db = database.CreateDbContext();
            var outbox = new Outbox(db, clock ?? TimeProvider.System);
            for (var i = start; i < Math.Min(count, start + PerCommit); i++)
            {
                var reference = $"FD-{i:D8}";
                ids.Add(outbox.Add(template.Kind, template.Name, $"person{i}@example.org", new Dictionary<string, string> { ["reference"] = reference }, contactId: null).Id);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return ids;
    }

    /// <summary>Messages not yet settled: waiting to be sent, or claimed by a node that may still send them.</summary>
    public static async Task<int> UnsettledAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        return await db.OutboxMessages.CountAsync(m => m.Status == MessageStatus.Pending || m.Status == MessageStatus.Sending, cancellationToken);
    }

    /// <summary>Contacts stored but not yet processed: a kill between the two leaves them for the stuck-contact sweep.</summary>
    public static async Task<int> UnprocessedContactsAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.CountAsync(c => c.Status == Core.Contacts.ContactStatus.Received, cancellationToken);
    }
}
