namespace FrontDoor.Core.People.Matching;

/// <summary>
/// Two person records the engine thinks are the same human, for data-quality staff to merge or dismiss in the
/// case system. A snapshot: each run of the check replaces the last one.
/// </summary>
public sealed class ProbableDuplicate
{
    public const int MaxExplanationLength = 2000;

    public ProbableDuplicate(Guid id, Guid firstPersonId, Guid secondPersonId, double probability, string explanation, DateTimeOffset foundAt)
    {
        if (firstPersonId == secondPersonId)
        {
            throw new DomainValidationException(nameof(SecondPersonId), "A record cannot be a duplicate of itself");
        }

        Id = id;
        FirstPersonId = firstPersonId;
        SecondPersonId = secondPersonId;
        Probability = probability;
        Explanation = explanation;
        FoundAt = foundAt;
    }

    private ProbableDuplicate()
    {
        Explanation = null!;
    }

    public Guid Id { get; private set; }

    public Guid FirstPersonId { get; private set; }

    public Guid SecondPersonId { get; private set; }

    public double Probability { get; private set; }

    /// <summary>Why, field by field ("same NHS number; date of birth day/month swapped").</summary>
    public string Explanation { get; private set; }

    public DateTimeOffset FoundAt { get; private set; }
}
