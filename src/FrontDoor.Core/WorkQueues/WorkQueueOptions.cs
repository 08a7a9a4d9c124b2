using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace FrontDoor.Core.WorkQueues;

/// <summary>Which part of the front door, or which team, a queue belongs to.</summary>
public enum WorkQueueKind
{
    /// <summary>The Customer Service Centre's advisors: where contacts arrive unless a rule routes them elsewhere.</summary>
    Tier1,

    /// <summary>The front door's Tier 2 workers: conversations and short-term help before any referral.</summary>
    Tier2,

    /// <summary>A pathway team that takes referrals.</summary>
    Team,
}

/// <summary>One work queue: its key (in addresses and events), name, kind, and the referrals it takes.</summary>
public sealed class WorkQueueDefinition
{
    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public WorkQueueKind Kind { get; set; } = WorkQueueKind.Team;

    /// <summary>The referral types the team takes; a referral of any other type to it is refused with the reason.</summary>
    public List<ReferralType> Takes { get; set; } = [];

    public bool TakesReferral(ReferralType type) => Takes.Contains(type);
}

/// <summary>The <c>WorkQueues</c> section: the queues contacts wait in. Empty means the standard set below.</summary>
public sealed partial class WorkQueueOptions : IValidatableObject
{
    public const string SectionName = "WorkQueues";

    /// <summary>The council's queues. When none are configured, <see cref="Standard"/> is used whole (lists never merge).</summary>
    public List<WorkQueueDefinition> Queues { get; set; } = [];

    /// <summary>Where a contact waits when no routing rule sends it elsewhere: the Tier 1 queue unless set.</summary>
    public string? ArrivalQueue { get; set; }

    /// <summary>Rules that route a contact to a queue on arrival; the first that matches wins.</summary>
    public List<RoutingRule> Routing { get; set; } = [];

    /// <summary>Staff are offered for assigning work (and call backs) when they signed in within this many days.</summary>
    [Range(1, 3650)]
    public int AssignableStaffActiveDays { get; set; } = 90;

    public IReadOnlyList<WorkQueueDefinition> QueuesInForce() => Queues.Count > 0 ? Queues : Standard;

    public string EffectiveArrivalQueue => ArrivalQueue ?? QueuesInForce().FirstOrDefault(q => q.Kind == WorkQueueKind.Tier1)?.Key ?? QueuesInForce()[0].Key;

    /// <summary>The front door's tiers and the pathway teams the seeds' councils refer to.</summary>
    public static IReadOnlyList<WorkQueueDefinition> Standard { get; } =
    [
        new() { Key = "tier-1", Name = "Customer Service Centre (Tier 1)", Kind = WorkQueueKind.Tier1 },
        new() { Key = "tier-2", Name = "Front door Tier 2", Kind = WorkQueueKind.Tier2 },
        new() { Key = "home-first", Name = "Home First and reablement", Takes = [ReferralType.Reablement] },
        new() { Key = "mash", Name = "Safeguarding Adults (MASH)", Takes = [ReferralType.Safeguarding] },
        new() { Key = "occupational-therapy", Name = "Occupational Therapy Service", Takes = [ReferralType.OccupationalTherapy] },
        new() { Key = "amhp", Name = "AMHP Hub", Takes = [ReferralType.MentalHealthAct] },
        new() { Key = "carers", Name = "Carers Support Team", Takes = [ReferralType.CarersAssessment] },
        new() { Key = "financial-assessment", Name = "Financial Assessment (Fairer Charging)", Takes = [ReferralType.FinancialAssessment] },
        new() { Key = "sensory", Name = "Sensory Impairment Team", Takes = [ReferralType.Sensory] },
        new() { Key = "hospital-discharge", Name = "Hospital Discharge Team", Takes = [ReferralType.Reablement, ReferralType.LocalityAssessment] },
        new() { Key = "locality", Name = "Locality teams", Takes = [ReferralType.LocalityAssessment] },
    ];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var queues = QueuesInForce();
        for (var i = 0; i < queues.Count; i++)
        {
            var queue = queues[i];
            if (!KeyPattern().IsMatch(queue.Key ?? string.Empty) || queue.Key!.Length > Contacts.Contact.MaxQueueKeyLength)
            {
                yield return new ValidationResult($"WorkQueues:Queues:{i}:Key must be lower-case letters, digits and hyphens, up to {Contacts.Contact.MaxQueueKeyLength} characters (\"{queue.Key}\").");
            }

            if (string.IsNullOrWhiteSpace(queue.Name))
            {
                yield return new ValidationResult($"WorkQueues:Queues:{i}:Name is required.");
            }

            if (!Enum.IsDefined(queue.Kind))
            {
                yield return new ValidationResult($"WorkQueues:Queues:{i}:Kind must be Tier1, Tier2 or Team.");
            }
        }

        foreach (var repeated in queues.GroupBy(q => q.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult($"WorkQueues:Queues has the key \"{repeated.Key}\" more than once.");
        }

        if (!queues.Any(q => q.Kind == WorkQueueKind.Tier1))
        {
            yield return new ValidationResult("WorkQueues:Queues must include a Tier1 queue for the Customer Service Centre.");
        }

        for (var i = 0; i < Routing.Count; i++)
        {
            var rule = Routing[i];
            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                yield return new ValidationResult($"WorkQueues:Routing:{i}:Name is required: it is shown on every contact the rule routes.");
            }

            if (queues.All(q => q.Key != rule.Queue))
            {
                yield return new ValidationResult($"WorkQueues:Routing:{i}:Queue \"{rule.Queue}\" is not one of WorkQueues:Queues.");
            }

            if (rule.AnswerKey is null && rule.AnswerContainsAny.Count > 0)
            {
                yield return new ValidationResult($"WorkQueues:Routing:{i}:AnswerContainsAny needs an AnswerKey.");
            }

            if (rule.Channels.Count == 0 && rule.Sources.Count == 0 && rule.AnswerKey is null)
            {
                yield return new ValidationResult($"WorkQueues:Routing:{i} has no conditions, so it would route every contact: give Channels, Sources or AnswerKey.");
            }
        }

        if (ArrivalQueue is not null && queues.All(q => q.Key != ArrivalQueue))
        {
            yield return new ValidationResult($"WorkQueues:ArrivalQueue \"{ArrivalQueue}\" is not one of WorkQueues:Queues.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
