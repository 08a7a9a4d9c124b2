using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Matching;

/// <summary>
/// The human half of duplicate detection: a pair from the report is compared side by side and data-quality staff
/// decide whether the two records are one person. Every look and every decision is on the audit trail.
/// </summary>
public sealed class DuplicateReview(FrontDoorDbContext db, TimeProvider clock, AuditLog audit, MatchBands bands)
{
    private const string RecordType = "ProbableDuplicate";

    /// <summary>The pair with both records in full, and any earlier decision; null when the pair is no longer in the report.</summary>
    public async Task<DuplicateComparison?> CompareAsync(Guid duplicateId, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var pair = await db.ProbableDuplicates.AsNoTracking().SingleOrDefaultAsync(d => d.Id == duplicateId, cancellationToken);
        if (pair is null)
        {
            return null;
        }

        var people = await db.People.AsNoTracking()
            .Where(p => p.Id == pair.FirstPersonId || p.Id == pair.SecondPersonId)
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var decision = await DecisionOn(pair).AsNoTracking().SingleOrDefaultAsync(cancellationToken);

        audit.Record(actor, AuditAction.Viewed, RecordType, AuditEvent.IdOf(duplicateId), origin, "duplicate review, 2 person records", [pair.FirstPersonId, pair.SecondPersonId]);
        await db.SaveChangesAsync(cancellationToken);
        return new DuplicateComparison(pair, people[pair.FirstPersonId], people[pair.SecondPersonId], bands.Likelihood(pair.Probability), DuplicateReasons.Readable(pair.Explanation), decision?.Verdict);
    }

    /// <summary>Records the verdict on the pair, replacing any earlier one; the pair leaves the list of pairs to decide.</summary>
    /// <returns>The decision's id, to undo it by.</returns>
    public async Task<Guid> DecideAsync(Guid duplicateId, DuplicateVerdict verdict, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        if (verdict is not (DuplicateVerdict.SamePerson or DuplicateVerdict.DifferentPeople))
        {
            throw new DomainValidationException(nameof(DuplicateDecision.Verdict), "Select whether these records are the same person");
        }

        if (verdict is not (DuplicateVerdict.SamePerson or DuplicateVerdict.DifferentPeople))
        {
            throw new DomainValidationException(nameof(DuplicateDecision.Verdict), "Select whether these records are the same person");
        }

        var pair = await db.ProbableDuplicates.AsNoTracking().SingleOrDefaultAsync(d => d.Id == duplicateId, cancellationToken)
            ?? throw new DomainValidationException("DuplicateId", "That pair is no longer in the report: a newer duplicate check has replaced it");

        var now = clock.GetUtcNow();
        var decision = await DecisionOn(pair).SingleOrDefaultAsync(cancellationToken);
        if (decision is not null)
        {
            decision.Decide(verdict, actor.Id, now);
        }
        else
        {
            decision = new DuplicateDecision(Guid.CreateVersion7(now), pair.FirstPersonId, pair.SecondPersonId, verdict, actor.Id, now);
            db.DuplicateDecisions.Add(decision);
        }

        audit.Record(actor, AuditAction.Updated, RecordType, AuditEvent.IdOf(duplicateId), origin,
            verdict == DuplicateVerdict.SamePerson ? "duplicate review: same person, to merge" : "duplicate review: different people",
            [pair.FirstPersonId, pair.SecondPersonId]);
        await db.SaveChangesAsync(cancellationToken);
        return decision.Id;
    }

    /// <summary>
    /// Takes a decision back (decided in haste, or the records turned out not to be merged): the pair is no longer
    /// listed to merge or hidden, and comes back to decide while the latest check still finds it.
    /// </summary>
    /// <returns>What had been decided.</returns>
    public async Task<DuplicateVerdict> UndoAsync(Guid decisionId, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var decision = await db.DuplicateDecisions.SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken)
            ?? throw new DomainValidationException("DecisionId", "That decision has already been undone");
        if (decision.Verdict == DuplicateVerdict.MergedInCaseSystem)
        {
            throw new DomainValidationException("DecisionId", "The case system merged these records; that cannot be undone in FrontDoor");
        }

        db.DuplicateDecisions.Remove(decision);
        audit.Record(actor, AuditAction.Updated, "DuplicateDecision", AuditEvent.IdOf(decisionId), origin,
            decision.Verdict == DuplicateVerdict.SamePerson ? "duplicate review undone: was same person, to merge" : "duplicate review undone: was different people",
            [decision.LowerPersonId, decision.HigherPersonId]);
        await db.SaveChangesAsync(cancellationToken);
        return decision.Verdict;
    }

    private IQueryable<DuplicateDecision> DecisionOn(ProbableDuplicate pair)
    {
        var (lower, higher) = DuplicateDecision.Ordered(pair.FirstPersonId, pair.SecondPersonId);
        return db.DuplicateDecisions.Where(d => d.LowerPersonId == lower && d.HigherPersonId == higher);
    }
}

public sealed record DuplicateComparison(ProbableDuplicate Pair, Person First, Person Second, MatchLikelihood Likelihood, string Reasons, DuplicateVerdict? Decided);
