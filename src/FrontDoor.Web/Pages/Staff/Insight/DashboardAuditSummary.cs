using FrontDoor.Core.CaseFileAudits;
using Microsoft.Extensions.Caching.Memory;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>
/// The case file audit summary the insight dashboard shows, kept in memory for <see cref="KeptFor"/>: reading it joins
/// 12 months of samples and their audited cases, which on the demo county took as long as the rest of the dashboard
/// (docs/benchmarks.md), and it changes only when an audit is saved. Saving or correcting an audit forgets it on this
/// node; another node shows the change when its copy expires.
/// </summary>
public sealed class DashboardAuditSummary(IMemoryCache cache, CaseFileAuditing auditing, TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    /// <summary>Every team's audits over the 12 months to last month, from memory when read lately.</summary>
    public async Task<AuditSummary> ReadAsync(CancellationToken cancellationToken)
    {
        var last = LastMonth();
        if (cache.TryGetValue(KeyFor(last), out AuditSummary? kept) && kept is not null)
        {
            return kept;
        }

        var summary = await auditing.SummaryAsync(last, cancellationToken);
        cache.Set(KeyFor(last), summary, KeptFor);
        return summary;
    }

    /// <summary>An audit was saved or corrected: the next view reads the summary afresh. Only last month's key is ever read.</summary>
    public void Forget() => cache.Remove(KeyFor(LastMonth()));

    private AuditMonth LastMonth() => AuditMonth.Of(clock.GetUtcNow()).Previous;

    private static (Type, AuditMonth) KeyFor(AuditMonth last) => (typeof(DashboardAuditSummary), last);
}
