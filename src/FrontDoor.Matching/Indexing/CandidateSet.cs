namespace FrontDoor.Matching.Indexing;

/// <summary>The distinct record slots one query touches; reused between queries to avoid allocation.</summary>
internal sealed class CandidateSet
{
    private readonly HashSet<int>? _seen;
    private readonly int[]? _stampOf;
    private readonly List<int> _slots = new(256);
    private int _stamp = 1;

    /// <summary>A hash set of seen slots: small, for queries against an index that changes size.</summary>
    public CandidateSet()
    {
        _seen = new HashSet<int>(256);
    }

    /// <summary>
    /// One stamp per slot of a fixed batch: a few megabytes per thread, but an array read instead of a hash
    /// lookup for each of the hundreds of millions of candidates a large dedupe visits.
    /// </summary>
    public CandidateSet(int slotCount)
    {
        _stampOf = new int[slotCount];
    }

    public List<int> Slots => _slots;

    public void Add(int slot)
    {
        if (_stampOf is not null)
        {
            if (_stampOf[slot] != _stamp)
            {
                _stampOf[slot] = _stamp;
                _slots.Add(slot);
            }
        }
        else if (_seen!.Add(slot))
        {
            _slots.Add(slot);
        }
    }

    public void Clear()
    {
        _slots.Clear();
        if (_stampOf is null)
        {
            _seen!.Clear();
        }
        else if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stampOf);
            _stamp = 1;
        }
    }
}
