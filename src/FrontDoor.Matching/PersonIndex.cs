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

    private readonly NameFrequencies _names = new();

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
        double prior;
        NameAdjustments tf;
        _lock.EnterReadLock();
        try
        {
            population = _slotById.Count;

            // The query's names are the same on every candidate that agrees exactly, so their frequencies are looked up once.
            tf = _names.For(model, prepared, population);
            var maxCostlyWeight = model.MaxCostlyWeightAgainst(prepared, tf.MostAdded);
            prior = model.PriorLog2Odds(Math.Max(1, population));
            candidates.Clear();
            Span<ulong> keys = stackalloc ulong[BlockingRules.MaxQueryKeys];
            var n = BlockingRules.QueryKeysOf(prepared, _preparer.Nicknames, keys);
            _blocks.Collect(keys[..n], Options.MaxBlockSize, candidates);
            compared = candidates.Slots.Count;
            foreach (var slot in candidates.Slots)
            {
                if (_slots[slot] is { } record && record.Id != query.Id)
                {
                    var vector = default(ComparisonVector);
                    RecordComparer.CompareCheapFields(prepared, record, ref vector);

                    // Once the list is full, a candidate that could not beat its last place even with perfect names (and
                    // address, if the query has one) skips the string comparisons, as the pair scorer does.
                    if (top.IsFull && model.Score(vector) + maxCostlyWeight <= top.LowestScore)
                    {
                        continue;
                    }

                    RecordComparer.CompareCostlyFields(prepared, record, ref vector);
                    var score = model.Score(vector) + tf.For(prepared, record, vector);
                    top.Offer(vector.HeldBack ? Math.Min(score, Options.Ceiling(vector, prior)) : score, record, vector);
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        var results = new List<MatchCandidate>(top.Count);
        foreach (var (score, record, vector) in top.Sorted())
        {
            var probability = MatchModel.Probability(prior + score);
            results.Add(new MatchCandidate(record.Id, probability, score, Options.BandOf(probability),
                Explainer.Explain(prepared, record, vector, model, prior, tf.GivenFor(prepared, record, vector), tf.FamilyFor(vector))) { Tag = record.Tag });
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
        _names.Count(record, +1);
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
        _names.Count(_slots[slot]!, -1);
        _slots[slot] = null;
        _freeSlots.Push(slot);
        return true;
    }

    /// <summary>
    /// Keeps the best few scores without sorting every candidate: a min-heap whose root is the worst kept, so each
    /// offer costs at most log(capacity). Of equal scores the one offered first is kept and ranked first.
    /// </summary>
    private sealed class TopScores(int capacity)
    {
        private readonly PriorityQueue<(PreparedRecord Record, ComparisonVector Vector), Rank> _kept = new(capacity + 1);
        private int _offered;

        public int Count => _kept.Count;

        public bool IsFull => _kept.Count == capacity;

        /// <summary>The score a new candidate must beat to be kept once the list is full.</summary>
        public double LowestScore => _kept.TryPeek(out _, out var worst) ? worst.Score : double.NegativeInfinity;

        public void Offer(double score, PreparedRecord record, in ComparisonVector vector)
        {
            var rank = new Rank(score, _offered++);
            if (_kept.Count < capacity)
            {
                _kept.Enqueue((record, vector), rank);
            }
            else if (_kept.TryPeek(out _, out var worst) && rank.CompareTo(worst) > 0)
            {
                _kept.DequeueEnqueue((record, vector), rank);
            }
        }

        /// <summary>Best first; empties the heap.</summary>
        public List<(double Score, PreparedRecord Record, ComparisonVector Vector)> Sorted()
        {
            var sorted = new List<(double, PreparedRecord, ComparisonVector)>(_kept.Count);
            while (_kept.TryDequeue(out var kept, out var rank))
            {
                sorted.Add((rank.Score, kept.Record, kept.Vector));
            }

            sorted.Reverse();
            return sorted;
        }

        /// <summary>Orders worst first: lower score, and of equal scores the later offer, so it is the one dropped.</summary>
        private readonly record struct Rank(double Score, int Offered) : IComparable<Rank>
        {
            public int CompareTo(Rank other) =>
                Score != other.Score ? Score.CompareTo(other.Score) : other.Offered.CompareTo(Offered);
        }
    }
}
