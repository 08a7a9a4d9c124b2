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
    // How many candidates ahead the first pass asks for a table entry: far enough for the load to land before it is read.
    private const int PrefetchDistance = 8;

    [ThreadStatic]
    private static CandidateSet? t_candidates;

    [ThreadStatic]
    private static FirstPass? t_firstPass;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly RecordPreparer _preparer;
    private readonly List<PreparedRecord?> _slots = [];
    private readonly Dictionary<string, int> _slotById = new(StringComparer.Ordinal);
    private readonly Stack<int> _freeSlots = new();
    private readonly BlockIndex _blocks;
    private readonly CheapFieldTable _cheap;
    private MatchModel _model;

    private readonly NameFrequencies _names = new();

    public PersonIndex(MatchModel? model = null, MatchOptions? options = null, NicknameTable? nicknames = null, int expectedCount = 1024)
    {
        Options = options ?? new MatchOptions();
        Options.Validate();
        _model = model ?? MatchModel.Default;
        _preparer = new RecordPreparer(nicknames ?? NicknameTable.Default);
        _blocks = new BlockIndex(expectedCount);
        _cheap = new CheapFieldTable(expectedCount);
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

            index._blocks.Freeze();
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
        var first = t_firstPass ??= new FirstPass();
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
            var self = query.Id is { } id && _slotById.TryGetValue(id, out var slot) ? slot : -1;

            // First pass: the cheap fields of every candidate, from the flat table (one struct each, no record touched).
            first.Clear(compared);
            var cheapQuery = _cheap.QueryFor(prepared);
            var slots = candidates.Slots;
            for (var position = 0; position < slots.Count; position++)
            {
                var candidate = slots[position];
                if (position + PrefetchDistance < slots.Count)
                {
                    _cheap.Prefetch(slots[position + PrefetchDistance]);
                }

                if (candidate == self)
                {
                    continue;
                }

                ref var vector = ref first.Add(candidate, position);
                if (cheapQuery is { } q)
                {
                    _cheap.Compare(q, candidate, _slots, ref vector);
                }
                else
                {
                    RecordComparer.CompareCheapFields(prepared, _slots[candidate]!, ref vector);
                }

                first.SetCheapScore(model.Score(vector));
            }

            // Second pass: names and address for the best cheap scores first, so the list fills with strong candidates
            // early and the rest are ruled out by their bound. The kept list ranks ties by candidate position, so the
            // result is exactly what comparing every candidate in order would give.
            foreach (ref var entry in first.BestFirst())
            {
                if (top.IsFull && !top.CouldEnter(entry.CheapScore + maxCostlyWeight, entry.Position))
                {
                    if (entry.CheapScore + maxCostlyWeight < top.LowestScore)
                    {
                        break;
                    }

                    continue;
                }

                var record = _slots[entry.Slot]!;
                ref var vector = ref entry.Vector;
                RecordComparer.CompareCostlyFields(prepared, record, ref vector);
                var score = model.Score(vector) + tf.For(prepared, record, vector);
                top.Offer(vector.HeldBack ? Math.Min(score, Options.Ceiling(vector, prior)) : score, entry.Position, record, vector);
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
        _cheap.Set(slot, record);
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
    /// offer costs at most log(capacity). Of equal scores the one earlier in blocking order is kept and ranked first.
    /// </summary>
    private sealed class TopScores(int capacity)
    {
        private readonly PriorityQueue<(PreparedRecord Record, ComparisonVector Vector), Rank> _kept = new(capacity + 1);

        public int Count => _kept.Count;

        public bool IsFull => _kept.Count == capacity;

        /// <summary>The score a new candidate must beat to be kept once the list is full.</summary>
        public double LowestScore => _kept.TryPeek(out _, out var worst) ? worst.Score : double.NegativeInfinity;

        /// <summary>Whether a candidate scoring at most <paramref name="bestPossible"/> could still be kept: above last place, or level with it and earlier.</summary>
        public bool CouldEnter(double bestPossible, int position) =>
            !_kept.TryPeek(out _, out var worst) || new Rank(bestPossible, position).CompareTo(worst) > 0;

        /// <param name="position">The candidate's place in blocking order: of equal scores the earlier is kept and ranked first, whatever order they are offered in.</param>
        public void Offer(double score, int position, PreparedRecord record, in ComparisonVector vector)
        {
            var rank = new Rank(score, position);
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

        /// <summary>Orders worst first: lower score, and of equal scores the later position, so it is the one dropped.</summary>
        private readonly record struct Rank(double Score, int Offered) : IComparable<Rank>
        {
            public int CompareTo(Rank other) =>
                Score != other.Score ? Score.CompareTo(other.Score) : other.Offered.CompareTo(Offered);
        }
    }
}

/// <summary>
/// A search's candidates after the cheap fields, reused between searches on a thread so the first pass allocates
/// nothing: each candidate's slot, blocking position, cheap-field vector and score, in one contiguous array.
/// </summary>
internal sealed class FirstPass
{
    private Entry[] _entries = new Entry[256];
    private int _count;

    public void Clear(int capacity)
    {
        if (capacity > _entries.Length)
        {
            _entries = new Entry[Math.Max(capacity, _entries.Length * 2)];
        }

        _count = 0;
    }

    public ref ComparisonVector Add(int slot, int position)
    {
        ref var entry = ref _entries[_count++];
        entry = new Entry { Slot = slot, Position = position };
        return ref entry.Vector;
    }

    public void SetCheapScore(double score) => _entries[_count - 1].CheapScore = score;

    /// <summary>The entries, highest cheap score first (ties in blocking order).</summary>
    public Span<Entry> BestFirst()
    {
        var entries = _entries.AsSpan(0, _count);
        entries.Sort(default(BestFirstOrder));
        return entries;
    }

    // A struct comparer, so the sort is specialised for it and the comparison inlined (a delegate is called per comparison).
    private readonly struct BestFirstOrder : IComparer<Entry>
    {
        public int Compare(Entry a, Entry b) => a.CheapScore != b.CheapScore ? b.CheapScore.CompareTo(a.CheapScore) : a.Position.CompareTo(b.Position);
    }

    internal struct Entry
    {
        public ComparisonVector Vector;
        public double CheapScore;
        public int Slot;
        public int Position;
    }
}
