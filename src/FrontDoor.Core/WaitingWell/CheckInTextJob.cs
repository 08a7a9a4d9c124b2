using FrontDoor.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.WaitingWell;

/// <summary>Every <see cref="WaitingWellOptions.TextCheckInsEvery"/>, texts the check-ins that have fallen due (<see cref="CheckInTexts"/>).</summary>
public sealed partial class CheckInTextJob(IOptions<WaitingWellOptions> options, ILogger<CheckInTextJob> logger) : IRecurringJob
{
    public string Name => "check-in texts";

    public TimeSpan Interval => options.Value.TextCheckInsEvery;

    public bool RunsAtStart => false;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sent = await services.GetRequiredService<CheckInTexts>().SendDueAsync(cancellationToken);
        if (sent > 0)
        {
            LogSent(logger, sent);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Texted {Count} check-ins that fell due")]
    private static partial void LogSent(ILogger logger, int count);
}
