namespace FrontDoor.Matching.Indexing;

/// <summary>The distinct record slots one query touches; reused between queries to avoid allocation.</summary>
internal sealed class CandidateSet
{
    private readonly int[]? _stampOf;

    // Open addressing over a small power-of-two table, emptied by bumping a stamp: a search's few hundred slots stay
    // in the first-level cache, where a HashSet's buckets and entries would not.
    private int[] _seenSlot = [];
    private int[] _seenStamp = [];
    private readonly List<int> _slots = new(256);
    private int _stamp = 1;

    /// <summary>A hash set of seen slots: small, for queries against an index that changes size.</summary>
    public CandidateSet()
    {
        Resize(1024);
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
        else if (AddSeen(slot))
        {
            _slots.Add(slot);
        }
    }

    private bool AddSeen(int slot)
    {
        if (_slots.Count * 2 >= _seenSlot.Length)
        {
            Resize(_seenSlot.Length * 2);
        }

        var mask = _seenSlot.Length - 1;
        for (var i = (int)((uint)slot * 0x9E3779B1u >> 8) & mask; ; i = (i + 1) & mask)
        {
            if (_seenStamp[i] != _stamp)
            {
                _seenStamp[i] = _stamp;
                _seenSlot[i] = slot;
                return true;
            }

            if (_seenSlot[i] == slot)
            {
                return false;
            }
        }
    }

    // Rehashes the slots seen so far (all in _slots) into a bigger table.
    private void Resize(int size)
    {
        _seenSlot = new int[size];
        _seenStamp = new int[size];
        var mask = size - 1;
        foreach (var slot in _slots)
        {
            var i = (int)((uint)slot * 0x9E3779B1u >> 8) & mask;
            while (_seenStamp[i] == _stamp)
            {
                i = (i + 1) & mask;
            }

            _seenStamp[i] = _stamp;
            _seenSlot[i] = slot;
        }
    }

    public void Clear()
    {
        _slots.Clear();
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stampOf ?? _seenStamp);
            _stamp = 1;
        }
    }
}
