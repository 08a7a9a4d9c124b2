namespace FrontDoor.Core.Jobs;

/// <summary>
/// Who holds a lease: this process, on this machine. The random part tells apart two nodes in one process (tests)
/// and a restarted node from its dead predecessor, whose leases must simply expire.
/// </summary>
public sealed class NodeIdentity
{
    public const int MaxLength = 100;

    public string Id { get; } = Bounded($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    private static string Bounded(string value) => value.Length <= MaxLength ? value : value[^MaxLength..];
}
