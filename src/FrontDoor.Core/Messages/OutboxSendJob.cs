using FrontDoor.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Messages;

/// <summary>Every <see cref="MessagesOptions.SendInterval"/>, sends the outbox's due messages from this node.</summary>
public sealed class OutboxSendJob(IOptions<MessagesOptions> options, NodeIdentity node) : IRecurringJob
{
    private const int PerClaim = 50;

    // Bounds one run, so a backlog is shared out between nodes rather than taken by the first awake.
    private const int MostPerRun = 1000;

    public string Name => "outbox send";

    public TimeSpan Interval => options.Value.SendInterval;

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sender = services.GetRequiredService<OutboxSender>();
        var total = 0;
        int claimed;
        do
        {
            claimed = await sender.SendDueAsync(PerClaim, node.Id, cancellationToken);
            total += claimed;
        }
        while (claimed == PerClaim && total < MostPerRun);
    }
}
