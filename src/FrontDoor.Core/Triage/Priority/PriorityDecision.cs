using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.Triage.Priority;

/// <summary>The priority the rules gave a contact, and every reason for it, highest first, as shown to staff.</summary>
public sealed record PriorityDecision(TriagePriority Priority, IReadOnlyList<string> Reasons);
