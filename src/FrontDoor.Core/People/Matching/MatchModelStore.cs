using FrontDoor.Core.Data;
using FrontDoor.Matching;
using FrontDoor.Matching.Model;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Matching;

/// <summary>
/// Estimates the match model from the people on record and keeps it in <c>match_models</c>. Estimating a large index
/// takes a while, so it is done on a schedule (<see cref="Jobs.MatchModelEstimationJob"/>) or by
/// <c>frontdoor estimate-model</c>, never at every start: a node starting up loads the newest stored model.
/// </summary>
public sealed class MatchModelStore(FrontDoorDbContext db, TimeProvider clock)
{
    /// <summary>The model in use: the newest stored; null when none has been estimated yet.</summary>
    public Task<StoredMatchModel?> LatestAsync(CancellationToken cancellationToken) => LatestAsync(db, cancellationToken);

    public static Task<StoredMatchModel?> LatestAsync(FrontDoorDbContext db, CancellationToken cancellationToken) =>
        db.MatchModels.AsNoTracking().OrderByDescending(m => m.EstimatedAt).ThenByDescending(m => m.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The newest stored model's id, to see cheaply whether another node has estimated a new one.</summary>
    public static Task<Guid?> LatestIdAsync(FrontDoorDbContext db, CancellationToken cancellationToken) =>
        db.MatchModels.AsNoTracking().OrderByDescending(m => m.EstimatedAt).ThenByDescending(m => m.Id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Estimates a model from every person on record (merged-away records left out, as the index leaves them) and stores it.</summary>
    public async Task<StoredMatchModel> EstimateAsync(CancellationToken cancellationToken)
    {
        var records = new List<PersonRecord>();
        await foreach (var person in db.People.AsNoTracking().Where(p => p.MergedIntoId == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            records.Add(PersonMatchRecords.From(person));
        }

        var model = await Task.Run(() => MatchModel.Estimate(records), cancellationToken);
        return await SaveAsync(db, model, records.Count, clock.GetUtcNow(), cancellationToken);
    }

    internal static async Task<StoredMatchModel> SaveAsync(FrontDoorDbContext db, MatchModel model, int records, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = new StoredMatchModel(Guid.CreateVersion7(now), now, records, model.Source, model.ToJson());
        db.MatchModels.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return stored;
    }
}
