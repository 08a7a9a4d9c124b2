using FrontDoor.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>
/// Draws last month's samples from the 1st of each month: every hour it checks whether last month has a sample, and
/// draws it if not, so a node that was down on the 1st still draws. No lease is needed: the draw is idempotent.
/// </summary>
public sealed class MonthlySampleJob(TimeProvider clock) : IRecurringJob
{
    public const string Actor = "system:case-file-audit";

    public string Name => "case file audit monthly sample";

    public TimeSpan Interval { get; } = TimeSpan.FromHours(1);

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var lastMonth = AuditMonth.Of(clock.GetUtcNow()).Previous;
        var db = services.GetRequiredService<Data.FrontDoorDbContext>();
        if (await db.Set<CaseFileAuditSample>().AnyAsync(s => s.Month == lastMonth.FirstDay, cancellationToken))
        {
            return;
        }

        await services.GetRequiredService<CaseFileAuditSampler>().DrawAsync(lastMonth, Actor, cancellationToken);
    }
}
