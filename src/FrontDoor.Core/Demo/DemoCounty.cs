using FrontDoor.Core.Data;

namespace FrontDoor.Core.Demo;

/// <summary>The web app's first-start entry point: a small county dated up to today.</summary>
public static class DemoCounty
{
    public const int DefaultPeople = 2_000;
    public const int DefaultSeed = 42;

    public static Task<DemoCountySummary?> SeedIfEmptyAsync(FrontDoorDbContext db, TimeProvider clock, int people, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var options = new DemoCountyOptions(people, DefaultSeed, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var reporter = progress is null ? null : new Progress<DemoSeedProgress>(p => progress.Report(p.ToString()));
        return new DemoCountySeeder(db).SeedIfEmptyAsync(options, reporter, cancellationToken);
    }
}
