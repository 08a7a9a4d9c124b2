using FrontDoor.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>
/// Draws last month's samples from the 1st of each month: every hour it checks whether every team that closed contacts
/// last month has its sample, and draws the missing ones, so a node that was down on the 1st, or a draw that failed
/// part-way, is made good. No lease is needed: the draw is idempotent per team.
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
        var arrival = services.GetRequiredService<WorkQueues.WorkQueueCatalogue>().Arrival.Key;
        var teamsThatClosed = await db.Contacts
            .Where(c => c.Status == Contacts.ContactStatus.Closed && c.ClosedAt >= lastMonth.Start && c.ClosedAt < lastMonth.End)
            .Select(c => c.QueueKey ?? arrival).Distinct().CountAsync(cancellationToken);
        var teamsDrawn = await db.Set<CaseFileAuditSample>().CountAsync(s => s.Month == lastMonth.FirstDay, cancellationToken);
        if (teamsDrawn >= teamsThatClosed)
        {
            return;
        }

        await services.GetRequiredService<CaseFileAuditSampler>().DrawAsync(lastMonth, Actor, cancellationToken);
    }
}
