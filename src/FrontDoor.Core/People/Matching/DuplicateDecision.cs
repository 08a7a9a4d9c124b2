using System.Diagnostics.CodeAnalysis;

namespace FrontDoor.Core.People.Matching;

public enum DuplicateVerdict
{
    /// <summary>One person with two records: to be merged in the case management system.</summary>
    SamePerson,

    /// <summary>Two people (twins, a father and son): the pair is not shown again.</summary>
    DifferentPeople,

    /// <summary>The case system merged the two records (its merges export said so): nothing left to decide or merge.</summary>
    MergedInCaseSystem,
}

/// <summary>
/// What data-quality staff decided about a pair of person records. Kept apart from the report, which each duplicate
/// check replaces, so a pair is decided once; the pair is stored in a fixed order so either way round finds it.
/// </summary>
public sealed class DuplicateDecision
{
    public const int MaxDecidedByLength = 200;

    public DuplicateDecision(Guid id, Guid onePersonId, Guid otherPersonId, DuplicateVerdict verdict, string decidedBy, DateTimeOffset decidedAt)
    {
        if (onePersonId == otherPersonId)
        {
            throw new DomainValidationException(nameof(HigherPersonId), "A record cannot be a duplicate of itself");
        }

        Id = id;
        (LowerPersonId, HigherPersonId) = Ordered(onePersonId, otherPersonId);
        Decide(verdict, decidedBy, decidedAt);
    }

    private DuplicateDecision()
    {
        DecidedBy = null!;
    }

    public Guid Id { get; private set; }

    public Guid LowerPersonId { get; private set; }

    public Guid HigherPersonId { get; private set; }

    public DuplicateVerdict Verdict { get; private set; }

    /// <summary>The staff member's id, as on the audit trail.</summary>
    public string DecidedBy { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>A later decision replaces an earlier one (someone found the records were merged too soon, say).</summary>
    [MemberNotNull(nameof(DecidedBy))]
    public void Decide(DuplicateVerdict verdict, string decidedBy, DateTimeOffset decidedAt)
    {
        if (!Enum.IsDefined(verdict))
        {
            throw new DomainValidationException(nameof(Verdict), "Select whether these records are the same person");
        }

        Verdict = verdict;
        DecidedBy = decidedBy;
        DecidedAt = decidedAt;
    }

    public static (Guid Lower, Guid Higher) Ordered(Guid one, Guid other) => one.CompareTo(other) < 0 ? (one, other) : (other, one);
}
