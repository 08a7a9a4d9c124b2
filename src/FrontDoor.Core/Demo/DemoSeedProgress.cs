namespace FrontDoor.Core.Demo;

/// <summary>How far seeding has got: a stage and a count within it.</summary>
public sealed record DemoSeedProgress(string Stage, int Done, int Total)
{
    public override string ToString() => Total > 1 ? $"{Stage}: {Done:N0} of {Total:N0}" : Stage;
}
