using Microsoft.Extensions.Options;

namespace FrontDoor.Core.WorkQueues;

/// <summary>The configured queues, looked up by key and by the referrals they take.</summary>
public sealed class WorkQueueCatalogue(IOptions<WorkQueueOptions> options)
{
    public IReadOnlyList<WorkQueueDefinition> All => options.Value.QueuesInForce();

    public WorkQueueDefinition Arrival => Find(options.Value.EffectiveArrivalQueue)!;

    public WorkQueueDefinition? Find(string? key) => key is null ? null : All.FirstOrDefault(q => q.Key == key);

    /// <summary>How a queue key reads on screen; a key no longer configured still reads as itself.</summary>
    public string NameOf(string? key) => key is null ? "No queue" : Find(key)?.Name ?? key;

    /// <summary>The queues that take a referral of this type, in configured order.</summary>
    public IReadOnlyList<WorkQueueDefinition> Taking(ReferralType type) => [.. All.Where(q => q.TakesReferral(type))];
}
