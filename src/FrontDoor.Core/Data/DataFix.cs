namespace FrontDoor.Core.Data;

/// <summary>
/// A one-off change to stored data that a schema migration cannot make (it needs the domain's own code), recorded once
/// it has run everywhere it must, so a node starting later does not scan the data again. See <see cref="OneOffDataFixes"/>.
/// </summary>
public sealed class DataFix(string name, DateTimeOffset appliedAt)
{
    public const int MaxNameLength = 200;

    public string Name { get; private set; } = name;

    public DateTimeOffset AppliedAt { get; private set; } = appliedAt;
}
