using FrontDoor.Core.Contacts;

namespace FrontDoor.Core.Triage.Flows;

/// <summary>How urgently a contact must be worked; each has a response target from which its due time follows.</summary>
public enum TriagePriority
{
    Urgent,
    High,
    Medium,
    Low,
}

/// <summary>How a step is answered: yes-no and choice branch by option; text and date go on to the step's next.</summary>
public enum FlowAnswerKind
{
    Text,
    YesNo,
    Choice,
    Date,
}

/// <summary>A risk an answer reveals. The priority rules read these, so a flow never sets a priority by itself alone.</summary>
public enum TriageRisk
{
    ImmediateDanger,
    Safeguarding,
    NoCareInPlace,
    CarerBreakdown,
    HospitalDischarge,
    MentalHealthCrisis,
    SelfNeglect,
}

/// <summary>
/// A guided script an advisor follows on a contact, read from a versioned data file (<c>flow.schema.json</c>): steps
/// asked in turn from <see cref="Start"/>, each branch ending in an outcome the advisor confirms. Every path ends:
/// the reader refuses a flow with a loop, a dangling branch or a step nobody can reach.
/// </summary>
public sealed record TriageFlow(string Id, string Title, int Version, string Summary, string Start, IReadOnlyList<FlowStep> Steps, IReadOnlyList<FlowOutcome> Outcomes)
{
    public FlowStep? Step(string id) => Steps.FirstOrDefault(s => s.Id == id);

    public FlowOutcome? Outcome(string id) => Outcomes.FirstOrDefault(o => o.Id == id);
}

/// <param name="Prefill">The key of an intake answer that answers this step, so the person is never asked again.</param>
/// <param name="Next">For text and date answers, the step or outcome that follows; null for branching steps.</param>
public sealed record FlowStep(string Id, string Question, string? Hint, string? Say, FlowAnswerKind Answer, string? Prefill, string? Next, IReadOnlyList<FlowOption> Options)
{
    public bool Branches => Answer is FlowAnswerKind.YesNo or FlowAnswerKind.Choice;

    /// <summary>Where this step can lead: its next, or each option's.</summary>
    public IEnumerable<string> Leads => Branches ? Options.Select(o => o.Next) : Next is null ? [] : [Next];
}

public sealed record FlowOption(string Value, string Label, string Next, string? Advice, IReadOnlyList<TriageRisk> Risks);

/// <summary>Where a path ends: the outcome it suggests, at what priority, and what the advisor says and does.</summary>
/// <param name="Title">What this ending is called where several end in the same outcome; null to use the outcome's name.</param>
public sealed record FlowOutcome(string Id, string? Title, ContactOutcome Outcome, TriagePriority Priority, string Advice);

/// <summary>Why a flow file was refused, at the line to look at (1-based; 0 when the file as a whole is at fault).</summary>
public sealed record FlowProblem(string File, int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
