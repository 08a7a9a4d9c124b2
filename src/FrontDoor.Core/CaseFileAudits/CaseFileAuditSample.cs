using FrontDoor.Core.Audit;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>
/// One team's sample for one month: the seed it was drawn with and how many contacts the team closed, so the draw can
/// be repeated and checked. One per month and team (a unique index), however many nodes or managers draw at once.
/// </summary>
public sealed class CaseFileAuditSample
{
    public CaseFileAuditSample(Guid id, AuditMonth month, string teamKey, long seed, int contactsClosed, DateTimeOffset drawnAt, AuditActor drawnBy)
    {
        Id = id;
        Month = month.FirstDay;
        TeamKey = teamKey;
        Seed = seed;
        ContactsClosed = contactsClosed;
        DrawnAt = drawnAt;
        DrawnBy = (drawnBy.Name ?? drawnBy.Id).Bounded(MaxActorLength);
    }

    private CaseFileAuditSample()
    {
        TeamKey = null!;
        DrawnBy = null!;
    }

    public const int MaxActorLength = 200;

    public Guid Id { get; private set; }

    /// <summary>The first day of the month whose closures were sampled.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>The queue the contacts were closed from: the front door's tiers and teams.</summary>
    public string TeamKey { get; private set; }

    public long Seed { get; private set; }

    public int ContactsClosed { get; private set; }

    public DateTimeOffset DrawnAt { get; private set; }

    public string DrawnBy { get; private set; }
}
