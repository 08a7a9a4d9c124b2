using FrontDoor.Core.Contacts.Intake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Jobs;

/// <summary>
/// Every <see cref="IntakeOptions.SweepInterval"/>, claims and processes contacts that were received but never
/// processed (a node stopped between the two) and failed contacts whose retry is due, so nothing waits on the
/// needs-attention list for a person to press "process again" unless it has run out of attempts.
/// </summary>
public sealed partial class StuckContactSweeper(IOptions<IntakeOptions> options, NodeIdentity node, ILogger<StuckContactSweeper> logger) : IRecurringJob
{
    private const int PerClaim = 50;

    // Bounds one run, so a backlog after an outage is shared out between nodes rather than taken by the first awake.
    private const int MostPerRun = 1000;

    public string Name => "stuck-contact sweep";

    public TimeSpan Interval => options.Value.SweepInterval;

    public bool RunsAtStart => false;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var intake = services.GetRequiredService<ContactIntake>();
        var total = 0;
        int claimed;
        do
        {
            claimed = await intake.ProcessStuckAsync(PerClaim, node.Id, cancellationToken);
            total += claimed;
        }
        while (claimed == PerClaim && total < MostPerRun);

        if (total > 0)
        {
            LogSwept(logger, total);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Processed {Count} contacts left unprocessed or due a retry")]
    private static partial void LogSwept(ILogger logger, int count);
}
