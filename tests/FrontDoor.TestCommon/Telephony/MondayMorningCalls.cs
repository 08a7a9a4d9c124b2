using FrontDoor.Core.Data;
using FrontDoor.Core.Telephony;

namespace FrontDoor.TestCommon.Telephony;

/// <summary>
/// Two Mondays (1 and 8 June 2026) with twenty calls each between 9:00 and 9:30 BST: one in five abandoned after
/// 5 minutes, the rest answered after 1 minute and handled in 9. So 40 calls an hour, 9 minutes' handling and
/// 9 minutes' average patience (queue time of all calls over calls abandoned) for the staffing planner.
/// </summary>
public static class MondayMorningCalls
{
    public const double ArrivalsPerHour = 40;
    public const double HandlingSeconds = 540;
    public const double PatienceSeconds = 540;

    public static async Task AddAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var monday in new[] { new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 8, 8, 0, 0, TimeSpan.Zero) })
        {
            for (var i = 0; i < 20; i++)
            {
                var offered = monday.AddSeconds(90 * i);
                var id = $"C-{monday:MMdd}-{i}";
                db.CallRecords.Add(i % 5 == 4
                    ? new CallRecord(Guid.CreateVersion7(), id, offered, null, offered.AddSeconds(300), 300, 0, "1", null, monday)
                    : new CallRecord(Guid.CreateVersion7(), id, offered, offered.AddSeconds(60), null, 60, 540, "1", "agent-1", monday));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
