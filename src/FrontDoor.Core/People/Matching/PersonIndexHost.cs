using System.Collections.Concurrent;
using FrontDoor.Core.Data;
using FrontDoor.Core.People.Search;
using FrontDoor.Matching;
using FrontDoor.Matching.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.People.Matching;

/// <summary>
/// Holds this node's people in memory: the person index, each record tagged with its <see cref="PersonListing"/>,
/// and the <see cref="AllocationRoster"/>, so matching and search answer without reading the database. Built once
/// from the database, then kept in step: writes on this node update it at once, and a periodic catch-up picks up
/// what changed on other nodes.
/// </summary>
public sealed class PersonIndexHost(IOptions<PersonMatchingOptions> options, TimeProvider? clock = null) : IDisposable
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private const int CatchUpChunk = 2_000;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private PersonIndex? _index;
    private AllocationRoster _allocations = new();
    private ChangeWatermark _people = new();

    // The stamp this node applied for each person changed within the watermark's overlap. Each catch-up re-reads the
    // overlap (a minute), which after a big import holds hundreds of thousands of rows: it reads just their ids and
    // stamps, and loads only the rows it has not applied.
    private ConcurrentDictionary<Guid, DateTimeOffset> _appliedInOverlap = new();
    private ChangeWatermark _aliases = new();
    private Guid? _modelId;

    // A case-system id the case system merged away → the kept record's id, so old ids on letters still find people.
    private ConcurrentDictionary<string, string> _mergedIds = new(StringComparer.Ordinal);

    // Which lengths of all-digit case-system ids exist, so a search knows whether "1937" could be one.
    private readonly bool[] _digitIdLengths = new bool[Person.MaxLasIdLength + 1];

    public bool IsReady => _ready.Task.IsCompleted;

    public MatchOptions MatchOptions { get; } = new() { LinkThreshold = options.Value.LinkThreshold, ReviewThreshold = options.Value.ReviewThreshold };

    /// <summary>Who holds whom, as of the last build or catch-up.</summary>
    public AllocationRoster Allocations => _allocations;

    /// <summary>The case-system id that stands for <paramref name="caseSystemId"/> now: the kept record's if it was merged away.</summary>
    public string? CurrentCaseSystemId(string? caseSystemId) =>
        caseSystemId is not null && _mergedIds.TryGetValue(caseSystemId, out var kept) ? kept : caseSystemId;

    /// <summary>Whether any person's case-system id is <paramref name="length"/> digits long.</summary>
    public bool HasCaseSystemIdsOfLength(int length) => length is > 0 and <= Person.MaxLasIdLength && Volatile.Read(ref _digitIdLengths[length]);

    /// <summary>The index; waits for the first build (a few seconds at start-up for a county).</summary>
    public async Task<PersonIndex> GetAsync(CancellationToken cancellationToken)
    {
        await _ready.Task.WaitAsync(cancellationToken);
        return _index!;
    }

    /// <summary>The stored model the index scores with; null when it uses one estimated at start (none was stored) or the default.</summary>
    public Guid? ModelId => _modelId;

    /// <summary>
    /// Loads every person and allocation and swaps in a fresh index, scoring with the newest stored model. Only when
    /// none is stored is one estimated from the people, and stored for the other nodes and the next start.
    /// </summary>
    public async Task RebuildAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            var records = new List<PersonRecord>();
            var stamps = new List<(Guid Id, DateTimeOffset UpdatedAt)>();
            var watermark = new ChangeWatermark();
            // A record the case system merged away is never matched or found: its id finds the kept record instead.
            await foreach (var person in db.People.AsNoTracking().Where(p => p.MergedIntoId == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                records.Add(RecordOf(person));
                stamps.Add((person.Id, person.UpdatedAt));
                watermark.Saw(person.UpdatedAt);
            }

            var overlap = watermark.Since;
            var applied = new ConcurrentDictionary<Guid, DateTimeOffset>(stamps.Where(s => s.UpdatedAt > overlap).Select(s => KeyValuePair.Create(s.Id, s.UpdatedAt)));

            // A day's margin either side of midnight in any time zone: the status itself is worked out at search time.
            var yesterday = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(-1);
            var allocations = await AllocationRoster.LoadAsync(db, yesterday, cancellationToken);
            var mergedIds = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
            var aliases = new ChangeWatermark();
            await LoadMergedIdsAsync(db, mergedIds, aliases, cancellationToken);
            var stored = await MatchModelStore.LatestAsync(db, cancellationToken);
            var fresh = PersonIndex.Build(records, stored?.ToModel(), options: MatchOptions);
            if (stored is null && fresh.Model != MatchModel.Default)
            {
                stored = await MatchModelStore.SaveAsync(db, fresh.Model, records.Count, _clock.GetUtcNow(), cancellationToken);
            }

            _modelId = stored?.Id;
            var old = Interlocked.Exchange(ref _index, fresh);
            _allocations = allocations;
            _people = watermark;
            _appliedInOverlap = applied;
            _mergedIds = mergedIds;
            _aliases = aliases;
            old?.Dispose();
            _ready.TrySetResult();
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>Adds people created or changed since the last look (on any node), and catches up allocations.</summary>
    public async Task<PersonIndexCatchUp> CatchUpAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        if (_index is not { } index)
        {
            return default;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            var since = _people.Since;
            var stamps = await db.People.AsNoTracking().Where(p => p.UpdatedAt > since).Select(p => new { p.Id, p.UpdatedAt }).ToListAsync(cancellationToken);
            var unapplied = stamps.Where(s => !_appliedInOverlap.TryGetValue(s.Id, out var applied) || applied != s.UpdatedAt).Select(s => s.Id).ToList();
            foreach (var chunk in unapplied.Chunk(CatchUpChunk))
            {
                // One parameter for the chunk's ids: SQLite binds thousands of separate ones slowly.
                var ids = chunk;
                foreach (var person in await db.People.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id)).ToListAsync(cancellationToken))
                {
                    if (person.IsMerged)
                    {
                        index.Remove(PersonMatchRecords.IdOf(person.Id));
                    }
                    else
                    {
                        index.Update(RecordOf(person));
                    }

                    _appliedInOverlap[person.Id] = person.UpdatedAt;
                    _people.Saw(person.UpdatedAt);
                }
            }

            ForgetWhatLeftTheOverlap();

            // Another node (or the command) may have estimated a new model: score with it from now on.
            if (await MatchModelStore.LatestIdAsync(db, cancellationToken) is { } latest && latest != _modelId
                && await MatchModelStore.LatestAsync(db, cancellationToken) is { } model)
            {
                index.Model = model.ToModel();
                _modelId = model.Id;
            }

            var mergedIds = await LoadMergedIdsAsync(db, _mergedIds, _aliases, cancellationToken);
            return new PersonIndexCatchUp(unapplied.Count, stamps.Count, await _allocations.CatchUpAsync(db, cancellationToken), mergedIds);
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>Reflects a person saved on this node straight away, so the next contact sees them.</summary>
    public void Upsert(Person person)
    {
        _index?.Update(RecordOf(person));
        _appliedInOverlap[person.Id] = person.UpdatedAt;
    }

    public void Dispose()
    {
        _index?.Dispose();
        _rebuild.Dispose();
    }

    private void ForgetWhatLeftTheOverlap()
    {
        var since = _people.Since;
        foreach (var (id, stamp) in _appliedInOverlap)
        {
            if (stamp <= since)
            {
                _appliedInOverlap.TryRemove(id, out _);
            }
        }
    }

    private static async Task<int> LoadMergedIdsAsync(FrontDoorDbContext db, ConcurrentDictionary<string, string> mergedIds, ChangeWatermark watermark, CancellationToken cancellationToken)
    {
        var since = watermark.Since;
        var changed = await db.CaseSystemAliases.AsNoTracking().Where(a => a.UpdatedAt > since)
            .Join(db.People.AsNoTracking().Where(p => p.LasId != null), a => a.PersonId, p => p.Id, (a, p) => new { a.CaseSystemId, p.LasId, a.UpdatedAt })
            .ToListAsync(cancellationToken);
        foreach (var alias in changed)
        {
            mergedIds[alias.CaseSystemId] = alias.LasId!;
            watermark.Saw(alias.UpdatedAt);
        }

        return changed.Count;
    }

    private PersonRecord RecordOf(Person person)
    {
        if (person.LasId is { Length: > 0 and <= Person.MaxLasIdLength } id && id.All(char.IsAsciiDigit))
        {
            Volatile.Write(ref _digitIdLengths[id.Length], true);
        }

        return PersonMatchRecords.From(person) with { Tag = PersonListing.Of(person) };
    }
}

/// <summary>What one catch-up read and applied.</summary>
/// <param name="PeopleApplied">People loaded and put in the index (new or changed since this node last saw them).</param>
/// <param name="PeopleChecked">People whose stamps were read: everything in the watermark's overlap.</param>
/// <param name="AllocationsRead">Allocations read (those changed within the roster's overlap).</param>
/// <param name="MergedIdsRead">Case-system ids merged away, read.</param>
public readonly record struct PersonIndexCatchUp(int PeopleApplied, int PeopleChecked, int AllocationsRead, int MergedIdsRead);
