using FrontDoor.Core.Data;
using FrontDoor.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.People.Matching;

/// <summary>
/// Holds this node's in-memory person index. Built once from the database, then kept in step: writes on this
/// node update it at once, and a periodic catch-up picks up people changed on other nodes.
/// </summary>
public sealed class PersonIndexHost(IOptions<PersonMatchingOptions> options) : IDisposable
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private PersonIndex? _index;
    private DateTimeOffset _watermark = DateTimeOffset.MinValue;

    public bool IsReady => _ready.Task.IsCompleted;

    public MatchOptions MatchOptions { get; } = new() { LinkThreshold = options.Value.LinkThreshold, ReviewThreshold = options.Value.ReviewThreshold };

    /// <summary>The index; waits for the first build (a few seconds at start-up for a county).</summary>
    public async Task<PersonIndex> GetAsync(CancellationToken cancellationToken)
    {
        await _ready.Task.WaitAsync(cancellationToken);
        return _index!;
    }

    /// <summary>Loads every person and swaps in a fresh index with a model re-estimated from them.</summary>
    public async Task RebuildAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            var records = new List<PersonRecord>();
            var watermark = DateTimeOffset.MinValue;
            await foreach (var person in db.People.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                records.Add(PersonMatchRecords.From(person));
                if (person.UpdatedAt > watermark)
                {
                    watermark = person.UpdatedAt;
                }
            }

            var fresh = PersonIndex.Build(records, options: MatchOptions);
            var old = Interlocked.Exchange(ref _index, fresh);
            _watermark = watermark;
            old?.Dispose();
            _ready.TrySetResult();
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>Adds people created or changed since the last look (on any node).</summary>
    public async Task<int> CatchUpAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        if (_index is not { } index)
        {
            return 0;
        }

        var since = _watermark;
        var changed = await db.People.AsNoTracking().Where(p => p.UpdatedAt > since).ToListAsync(cancellationToken);
        foreach (var person in changed)
        {
            index.Update(PersonMatchRecords.From(person));
            if (person.UpdatedAt > _watermark)
            {
                _watermark = person.UpdatedAt;
            }
        }

        return changed.Count;
    }

    /// <summary>Reflects a person saved on this node straight away, so the next contact sees them.</summary>
    public void Upsert(Person person) => _index?.Update(PersonMatchRecords.From(person));

    public void Dispose()
    {
        _index?.Dispose();
        _rebuild.Dispose();
    }
}
