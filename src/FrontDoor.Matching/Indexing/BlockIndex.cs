namespace FrontDoor.Matching.Indexing;

/// <summary>
/// Blocking key → the record slots that carry it. Each block is a singly linked chain through two
/// flat int arrays, so a million records with a dozen keys each cost a few hundred bytes apiece
/// instead of a list object per block. Not thread-safe: callers hold a lock for writes.
/// </summary>
internal sealed class BlockIndex
{
    private readonly Dictionary<ulong, Block> _blocks;
    private int[] _slotOf;
    private int[] _next;
    private int _used;
    private int _free = -1;

    public BlockIndex(int expectedRecords)
    {
        var entries = Math.Max(16, expectedRecords * 10);
        _blocks = new Dictionary<ulong, Block>(Math.Max(16, expectedRecords * 4));
        _slotOf = new int[entries];
        _next = new int[entries];
    }

    public int BlockCount => _blocks.Count;

    /// <summary>Gives back the spare room left by growth; call once a bulk build is done.</summary>
    public void TrimExcess()
    {
        _blocks.TrimExcess();
        var keep = Math.Max(16, _used);
        Array.Resize(ref _slotOf, keep);
        Array.Resize(ref _next, keep);
    }

    public void Add(int slot, ReadOnlySpan<ulong> keys)
    {
        foreach (var key in keys)
        {
            var entry = NewEntry();
            _slotOf[entry] = slot;
            ref var block = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_blocks, key, out var exists);
            _next[entry] = exists ? block.Head : -1;
            block.Head = entry;
            block.Count = exists ? block.Count + 1 : 1;
        }
    }

    public void Remove(int slot, ReadOnlySpan<ulong> keys)
    {
        foreach (var key in keys)
        {
            if (!_blocks.TryGetValue(key, out var block))
            {
                continue;
            }

            var previous = -1;
            for (var entry = block.Head; entry != -1; previous = entry, entry = _next[entry])
            {
                if (_slotOf[entry] != slot)
                {
                    continue;
                }

                if (previous == -1)
                {
                    block.Head = _next[entry];
                }
                else
                {
                    _next[previous] = _next[entry];
                }

                _next[entry] = _free;
                _free = entry;
                block.Count--;
                break;
            }

            if (block.Count == 0)
            {
                _blocks.Remove(key);
            }
            else
            {
                _blocks[key] = block;
            }
        }
    }

    /// <summary>Adds the slots of every block of at most <paramref name="maxBlockSize"/> records to <paramref name="into"/>.</summary>
    public void Collect(ReadOnlySpan<ulong> keys, int maxBlockSize, CandidateSet into)
    {
        foreach (var key in keys)
        {
            if (_blocks.TryGetValue(key, out var block) && block.Count <= maxBlockSize)
            {
                for (var entry = block.Head; entry != -1; entry = _next[entry])
                {
                    into.Add(_slotOf[entry]);
                }
            }
        }
    }

    /// <summary>
    /// Like <see cref="Collect"/>, but only slots above <paramref name="afterSlot"/>, stopping early. Valid only
    /// while every chain is in descending slot order: records added in slot order and never removed.
    /// </summary>
    public void CollectAfter(ReadOnlySpan<ulong> keys, int afterSlot, int maxBlockSize, CandidateSet into)
    {
        foreach (var key in keys)
        {
            if (_blocks.TryGetValue(key, out var block) && block.Count <= maxBlockSize)
            {
                for (var entry = block.Head; entry != -1 && _slotOf[entry] > afterSlot; entry = _next[entry])
                {
                    into.Add(_slotOf[entry]);
                }
            }
        }
    }

    private int NewEntry()
    {
        if (_free != -1)
        {
            var reused = _free;
            _free = _next[reused];
            return reused;
        }

        if (_used == _slotOf.Length)
        {
            Array.Resize(ref _slotOf, _used + (_used / 2));
            Array.Resize(ref _next, _used + (_used / 2));
        }

        return _used++;
    }

    private struct Block
    {
        public int Head;
        public int Count;
    }
}
