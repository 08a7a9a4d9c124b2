using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Demo;

/// <summary>Saves a generated demo county in batches, reporting progress as it goes.</summary>
public sealed class DemoCountySeeder(FrontDoorDbContext db)
{
    private const int BatchSize = 2_000;

    public async Task<DemoCountySummary> SeedAsync(DemoCountyOptions options, IProgress<DemoSeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (await db.People.AnyAsync(cancellationToken) || await db.Teams.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already holds people or teams; the demo county only goes into an empty database.");
        }

        var county = new DemoCountyGenerator(options).Generate(progress);
        foreach (var contact in county.Contacts)
        {
            // The demo's contacts are made-up history, not news: no webhook subscription is told of their moves.
            contact.TakeUnsavedMoves();
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SaveInBatchesAsync("Saving teams", county.Teams, progress, cancellationToken);
            await SaveInBatchesAsync("Saving workers", county.Workers, progress, cancellationToken);
            await SaveInBatchesAsync("Saving people", county.People.Select(p => p.Person).ToList(), progress, cancellationToken);
            await SaveInBatchesAsync("Saving allocations", county.Allocations, progress, cancellationToken);
            await SaveInBatchesAsync("Saving contacts", county.Contacts, progress, cancellationToken);
            await SaveInBatchesAsync("Saving chase call details", county.OutboundCalls, progress, cancellationToken);
            await SaveInBatchesAsync("Saving referrals", county.Referrals, progress, cancellationToken);
            await SaveInBatchesAsync("Saving contact assessments", county.Assessments, progress, cancellationToken);
            await SaveInBatchesAsync("Saving call records", county.Calls, progress, cancellationToken);
            await SaveInBatchesAsync("Saving feedback surveys", county.Surveys, progress, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return new DemoCountySummary(county.Teams.Count, county.Workers.Count, county.People.Count, county.Allocations.Count, county.Contacts.Count);
    }

    /// <summary>Seeds only when the database holds nobody yet, as the web app does on its first demo start.</summary>
    public async Task<DemoCountySummary?> SeedIfEmptyAsync(DemoCountyOptions options, IProgress<DemoSeedProgress>? progress = null, CancellationToken cancellationToken = default) =>
        await db.People.AnyAsync(cancellationToken) ? null : await SeedAsync(options, progress, cancellationToken);

    private async Task SaveInBatchesAsync<T>(string stage, IReadOnlyList<T> items, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
        where T : class
    {
        for (var start = 0; start < items.Count; start += BatchSize)
        {
            var batch = items.Skip(start).Take(BatchSize);
            db.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            progress?.Report(new DemoSeedProgress(stage, Math.Min(start + BatchSize, items.Count), items.Count));
        }
    }
}

public sealed record DemoCountySummary(int Teams, int Workers, int People, int Allocations, int Contacts)
{
    public override string ToString() =>
        $"{People:N0} people, {Teams:N0} teams, {Workers:N0} workers, {Allocations:N0} allocations, {Contacts:N0} contacts";
}
