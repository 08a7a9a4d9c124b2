namespace FrontDoor.Core.Jobs;

/// <summary>
/// A named piece of work that one node at a time may do, such as reading one mailbox. A node holds it until
/// <see cref="ExpiresAt"/> and renews it while it works; if the node dies, the lease runs out and another takes over.
/// </summary>
public sealed class JobLease
{
    public const int MaxNameLength = 200;

    public JobLease(string name)
    {
        Name = name;
    }

    private JobLease()
    {
        Name = null!;
    }

    /// <summary>What is leased, such as "mailbox:intake@example.org/INBOX".</summary>
    public string Name { get; private set; }

    /// <summary>The <see cref="NodeIdentity"/> of the node holding it, or null once released.</summary>
    public string? Holder { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }
}
