using FrontDoor.Core.Data;
using FrontDoor.Matching;

namespace FrontDoor.Core.Demo;

/// <summary>The web app's first-start entry point: a small county dated up to today.</summary>
public static class DemoCounty
{
    public const int DefaultPeople = 2_000;
    public const int DefaultSeed = 42;

    /// <param name="matching">The app's matching bands, so contacts awaiting review are decided as the app would.</param>
    public static Task<DemoCountySummary?> SeedIfEmptyAsync(FrontDoorDbContext db, TimeProvider clock, int people, MatchOptions? matching, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var options = new DemoCountyOptions(people, DefaultSeed, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) { Matching = matching ?? new MatchOptions() };
        var reporter = progress is null ? null : new Progress<DemoSeedProgress>(p => progress.Report(p.ToString()));
        return new DemoCountySeeder(db).SeedIfEmptyAsync(options, reporter, cancellationToken);
    }
}
