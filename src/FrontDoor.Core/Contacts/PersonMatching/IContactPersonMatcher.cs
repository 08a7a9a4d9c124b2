using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Core.Contacts.PersonMatching;

/// <summary>Finds the person record a contact is about, from what the sender reported.</summary>
public interface IContactPersonMatcher
{
    Task<ContactMatchOutcome> MatchAsync(ReportedPerson reported, CancellationToken cancellationToken);
}

public enum ContactMatchKind
{
    Matched,
    NeedsReview,
    NoMatch,
}

/// <summary>
/// What the matcher decided and why. <see cref="Explanation"/> is JSON for the side-by-side review screen; it
/// names rules and record ids, never the personal data compared.
/// </summary>
public sealed record ContactMatchOutcome(ContactMatchKind Kind, Guid? PersonId, IReadOnlyList<Guid> Candidates, string Explanation)
{
    public static ContactMatchOutcome Matched(Guid personId, string explanation) => new(ContactMatchKind.Matched, personId, [personId], explanation);

    public static ContactMatchOutcome NeedsReview(IReadOnlyList<Guid> candidates, string explanation) => new(ContactMatchKind.NeedsReview, null, candidates, explanation);

    public static ContactMatchOutcome NoMatch(string explanation) => new(ContactMatchKind.NoMatch, null, [], explanation);
}
