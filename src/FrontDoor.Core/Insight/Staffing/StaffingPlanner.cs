using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Insight.Staffing;

/// <summary>
/// The capacity planner: reads the imported telephony records into a weekly arrival pattern, then works out the
/// advisors each half hour needs to meet the <see cref="StaffingOptions"/> target and what a rota would give.
/// </summary>
public sealed class StaffingPlanner(FrontDoorDbContext db, IOptions<StaffingOptions> options)
{
    private static readonly TimeZoneInfo UkTime =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;

    public StaffingTarget Target => options.Value.Target;

    /// <returns>Null when no calls have been imported.</returns>
    public async Task<CallPattern?> ReadPatternAsync(CancellationToken cancellationToken)
    {
        var latest = await db.CallRecords.AsNoTracking().OrderByDescending(c => c.OfferedAt).Select(c => (DateTimeOffset?)c.OfferedAt).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var to = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(latest.Value, UkTime).DateTime);
        var from = to.AddDays(1 - (7 * options.Value.PatternWeeks));
        var since = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);
        var calls = await db.CallRecords.AsNoTracking().Where(c => c.OfferedAt >= since)
            .Select(c => new { c.OfferedAt, c.AnsweredAt, c.QueueSeconds, c.TalkSeconds })
            .ToListAsync(cancellationToken);

        var counts = new Dictionary<(DayOfWeek, TimeOnly), int>();
        var firstCall = to;
        long talkSeconds = 0, queueSeconds = 0;
        int answered = 0, abandoned = 0, seen = 0;
        foreach (var call in calls)
        {
            var local = TimeZoneInfo.ConvertTime(call.OfferedAt, UkTime).DateTime;
            var date = DateOnly.FromDateTime(local);
            if (date < from)
            {
                continue;
            }

            seen++;
            firstCall = date < firstCall ? date : firstCall;
            var slot = (local.DayOfWeek, new TimeOnly(local.Hour, local.Minute < 30 ? 0 : 30));
            counts[slot] = counts.GetValueOrDefault(slot) + 1;
            queueSeconds += call.QueueSeconds;
            if (call.AnsweredAt is null)
            {
                abandoned++;
            }
            else
            {
                answered++;
                talkSeconds += call.TalkSeconds;
            }
        }

        // Until the records reach back a full pattern, the period starts at the first call, so quiet weeks not yet
        // imported do not dilute the rates.
        var start = firstCall;
        var daysOf = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, d => CountOf(d, start, to));
        var intervals = counts
            .Select(c => new IntervalDemand(c.Key.Item1, c.Key.Item2, c.Value, c.Value / (double)daysOf[c.Key.Item1] * 2))
            .OrderBy(i => ((int)i.Day + 6) % 7).ThenBy(i => i.Start)
            .ToList();

        // Handling time of at least a second keeps the models defined if every call was abandoned.
        var averageHandling = answered > 0 ? Math.Max(1, talkSeconds / (double)answered) : 1;
        double? patience = abandoned > 0 ? Math.Max(1, queueSeconds / (double)abandoned) : null;
        return new CallPattern(start, to, seen, averageHandling, patience, intervals);
    }

    /// <summary>The plan for one weekday, half hour by half hour, with the rota's forecast where a rota is given.</summary>
    public IReadOnlyList<IntervalPlan> Plan(CallPattern pattern, DayOfWeek day, IReadOnlyDictionary<TimeOnly, int>? rota = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var target = Target;
        var patience = pattern.AveragePatienceSeconds is { } p ? Math.Min(p, QueueInputs.LongestSeconds) : (double?)null;
        var handling = Math.Min(pattern.AverageHandlingSeconds, QueueInputs.LongestSeconds);
        return pattern.On(day).Select(demand =>
        {
            int? advisors = rota is not null && rota.TryGetValue(demand.Start, out var a) ? a : null;
            var forecast = advisors is { } n
                ? QueueForecast.For(new QueueInputs(demand.ArrivalsPerHour, handling, n, target.AnswerWithinSeconds, patience))
                : null;
            return new IntervalPlan(
                demand,
                AgentsNeeded.ForTarget(demand.ArrivalsPerHour, handling, target),
                patience is null ? null : AgentsNeeded.ForTarget(demand.ArrivalsPerHour, handling, target, patience),
                advisors,
                forecast);
        }).ToList();
    }

    private static int CountOf(DayOfWeek day, DateOnly from, DateOnly to)
    {
        var first = from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);
        return first > to ? 0 : ((to.DayNumber - first.DayNumber) / 7) + 1;
    }
}
