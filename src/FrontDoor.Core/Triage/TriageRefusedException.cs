namespace FrontDoor.Core.Triage;

/// <summary>Something a change to a contact needs is missing or wrong: the field to fix and a GOV.UK-style message.</summary>
public sealed record TriageProblem(string Field, string Message);

/// <summary>
/// A triage change (assessment, referral, closing) refused with every problem at once, so the member of staff fixes
/// them all in one go rather than one per try. Nothing was saved.
/// </summary>
public sealed class TriageRefusedException : Exception
{
    public TriageRefusedException(IReadOnlyList<TriageProblem> problems)
        : base(string.Join(" ", problems.Select(p => p.Message))) => Problems = problems;

    public TriageRefusedException()
        : this([])
    {
    }

    public TriageRefusedException(string message)
        : this([new TriageProblem(string.Empty, message)])
    {
    }

    public TriageRefusedException(string message, Exception innerException)
        : base(message, innerException) => Problems = [new TriageProblem(string.Empty, message)];

    public IReadOnlyList<TriageProblem> Problems { get; }
}
