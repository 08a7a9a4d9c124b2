using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Indexing;
using FrontDoor.Matching.Model;
using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching;

/// <summary>
/// An in-memory index of people to match queries against. Reads (Match) run concurrently; writes
/// (Add, Remove, Update) take an exclusive lock briefly, so the index can follow the database.
/// </summary>
public sealed class PersonIndex : IDisposable
{
    [ThreadStatic]
    private static CandidateSet? t_candidates;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly RecordPreparer _preparer;
    private readonly List<PreparedRecord?> _slots = [];
    private readonly Dictionary<string, int> _slotById = new(StringComparer.Ordinal);
    private readonly Stack<int> _freeSlots = new();
    private readonly BlockIndex _blocks;
    private MatchModel _model;

    public PersonIndex(MatchModel? model = null, MatchOptions? options = null, NicknameTable? nicknames = null, int expectedCount = 1024)
    {
        Options = options ?? new MatchOptions();
        Options.Validate();
        _model = model ?? MatchModel.Default;
        _preparer = new RecordPreparer(nicknames ?? NicknameTable.Default);
        _blocks = new BlockIndex(expectedCount);
    }

    public MatchOptions Options { get; }

    /// <summary>The model used to score; swap it after re-estimating (for example nightly).</summary>
    public MatchModel Model
    {
        get => _model;
        set => _model = value ?? throw new ArgumentNullException(nameof(value));
    }

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _slotById.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>
    /// Builds an index, normalising on all cores. With no model given, one is estimated from the records, with
    /// <paramref name="estimation"/> when given (fewer random pairs trade a little precision for time).
    /// </summary>
    public static PersonIndex Build(IReadOnlyList<PersonRecord> records, MatchModel? model = null, MatchOptions? options = null, NicknameTable? nicknames = null, EstimationOptions? estimation = null)
    {
        var index = new PersonIndex(model, options, nicknames, records.Count);
        var prepared = BlockedRecords.Prepare(records, index._preparer);
        index._lock.EnterWriteLock();
        try
        {
            foreach (var record in prepared)
            {
                index.AddLocked(record);
            }

            index._blocks.TrimExcess();
        }
        finally
        {
            index._lock.ExitWriteLock();
        }

        // Ids are unique in a sound input, so slot i holds prepared[i] and the index's own blocks serve estimation.
        estimation ??= new EstimationOptions { Nicknames = nicknames };
        if (model is null && records.Count >= estimation.MinimumRecords)
        {
            var blocked = index._slotById.Count == prepared.Length ? new BlockedRecords(prepared, index._blocks) : new BlockedRecords(prepared);
            index._model = ModelEstimator.Estimate(blocked, estimation);
        }

        return index;
    }

    /// <summary>Adds a record, replacing any record with the same id.</summary>
    public void Add(PersonRecord record)
    {
        var prepared = _preparer.Prepare(record, share: true);
        _lock.EnterWriteLock();
        try
        {
            RemoveLocked(record.Id);
            AddLocked(prepared);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Same as <see cref="Add"/>: the old version's blocks are removed first.</summary>
    public void Update(PersonRecord record) => Add(record);

    public bool Remove(string id)
    {
        _lock.EnterWriteLock();
        try
        {
            return RemoveLocked(id);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public bool Contains(string id)
    {
        _lock.EnterReadLock();
        try
        {
            return _slotById.ContainsKey(id);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The best <paramref name="max"/> candidates for the query, with explanations. Never throws on bad field values.</summary>
    public MatchResult Match(PersonRecord query, int max = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var prepared = _preparer.Prepare(query, share: false);
        var model = _model;
        var candidates = t_candidates ??= new CandidateSet();
        var top = new TopScores(max);
        int compared;
        int population;
        double lookAlikeCeiling;
        _lock.EnterReadLock();
        try
        {
            population = _slotById.Count;
            lookAlikeCeiling = Options.LookAlikeCeiling(model.PriorLog2Odds(Math.Max(1, population)));
            candidates.Clear();
            Span<ulong> keys = stackalloc ulong[BlockingRules.MaxQueryKeys];
            var n = BlockingRules.QueryKeysOf(prepared, _preparer.Nicknames, keys);
            _blocks.Collect(keys[..n], Options.MaxBlockSize, candidates);
            compared = candidates.Slots.Count;
            foreach (var slot in candidates.Slots)
            {
                if (_slots[slot] is { } record && record.Id != query.Id)
                {
                    var vector = RecordComparer.Compare(prepared, record);
                    var score = model.Score(vector);
                    top.Offer(vector.LookAlike ? Math.Min(score, lookAlikeCeiling) : score, record, vector);
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        var prior = model.PriorLog2Odds(Math.Max(1, population));
        var results = new List<MatchCandidate>(top.Count);
        foreach (var (score, record, vector) in top.Sorted())
        {
            var probability = MatchModel.Probability(prior + score);
            results.Add(new MatchCandidate(record.Id, probability, score, Options.BandOf(probability),
                Explainer.Explain(prepared, record, vector, model, prior)));
        }

        return new MatchResult(results, compared);
    }

    public void Dispose() => _lock.Dispose();

    private void AddLocked(PreparedRecord record)
    {
        if (_slotById.ContainsKey(record.Id))
        {
            RemoveLocked(record.Id);
        }

        int slot;
        if (_freeSlots.TryPop(out slot))
        {
            _slots[slot] = record;
        }
        else
        {
            slot = _slots.Count;
            _slots.Add(record);
        }

        _slotById[record.Id] = slot;
        Span<ulong> keys = stackalloc ulong[BlockingRules.MaxKeys];
        var n = BlockingRules.KeysOf(record, keys);
        _blocks.Add(slot, keys[..n]);
    }

    private bool RemoveLocked(string id)
    {
        if (!_slotById.Remove(id, out var slot))
        {
            return false;
        }

        Span<ulong> keys = stackalloc ulong[BlockingRules.MaxKeys];
        var n = BlockingRules.KeysOf(_slots[slot]!, keys);
        _blocks.Remove(slot, keys[..n]);
        _slots[slot] = null;
        _freeSlots.Push(slot);
        return true;
    }

    /// <summary>Keeps the best few scores without sorting every candidate.</summary>
    private sealed class TopScores(int capacity)
    {
        private readonly List<(double Score, PreparedRecord Record, ComparisonVector Vector)> _items = new(capacity + 1);

        public int Count => _items.Count;

        public void Offer(double score, PreparedRecord record, in ComparisonVector vector)
        {
            if (_items.Count == capacity && score <= _items[^1].Score)
            {
                return;
            }

            var at = _items.Count;
            while (at > 0 && _items[at - 1].Score < score)
            {
                at--;
            }

            _items.Insert(at, (score, record, vector));
            if (_items.Count > capacity)
            {
                _items.RemoveAt(_items.Count - 1);
            }
        }

        public List<(double Score, PreparedRecord Record, ComparisonVector Vector)> Sorted() => _items;
    }
}
