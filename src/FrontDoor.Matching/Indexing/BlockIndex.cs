namespace FrontDoor.Matching.Indexing;

/// <summary>
/// Blocking key → the record slots that carry it. Each block is a singly linked chain through two
/// flat int arrays, so a million records with a dozen keys each cost a few hundred bytes apiece
/// instead of a list object per block. After a bulk build, <see cref="Freeze"/> lays every chain out as one
/// contiguous run, so a search reads each block sequentially instead of hopping through memory; later changes go
/// to chains in front of the runs. Not thread-safe: callers hold a lock for writes.
/// </summary>
internal sealed class BlockIndex
{
    private readonly Dictionary<ulong, Block> _blocks;
    private int[] _slotOf;
    private int[] _next;
    private int _used;
    private int _free = -1;

    // Frozen runs: each block's slots at freezing time, in chain order, the run's length first. A slot removed after
    // freezing is marked stale and skipped in every run (its entries, if it is used again, go to chains).
    private int[] _runs = [];
    private bool[] _stale = [];

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

    /// <summary>
    /// Moves every chain into one contiguous run per block, in the same order, and frees the chains: call once a
    /// bulk build is done (then reads touch one run per block). Order is kept, so every search finds the same
    /// candidates in the same order as before.
    /// </summary>
    public void Freeze()
    {
        if (_runs.Length > 0)
        {
            throw new InvalidOperationException("The blocks are already frozen.");
        }

        var runs = new int[_used - CountFree() + _blocks.Count];
        var at = 0;
        var maxSlot = -1;
        for (var entry = 0; entry < _used; entry++)
        {
            maxSlot = Math.Max(maxSlot, _slotOf[entry]);
        }

        // Slots in no run (free when frozen) start stale, so their later entries are always looked for in the chains.
        var stale = new bool[maxSlot + 1];
        Array.Fill(stale, true);
        foreach (var key in _blocks.Keys.ToArray())
        {
            ref var block = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_blocks, key);
            block.RunStart = at;
            var length = 0;
            for (var entry = block.Head; entry != -1; entry = _next[entry])
            {
                runs[at + 1 + length++] = _slotOf[entry];
                stale[_slotOf[entry]] = false;
            }

            runs[at] = length;
            at += length + 1;
            block.Head = -1;
        }

        _runs = runs;
        _stale = stale;
        _blocks.TrimExcess();
        _used = 0;
        _free = -1;
        _slotOf = new int[16];
        _next = new int[16];
    }

    public void Add(int slot, ReadOnlySpan<ulong> keys)
    {
        foreach (var key in keys)
        {
            var entry = NewEntry();
            _slotOf[entry] = slot;
            ref var block = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_blocks, key, out var exists);
            if (!exists)
            {
                block.RunStart = -1;
            }

            _next[entry] = exists ? block.Head : -1;
            block.Head = entry;
            block.Count = exists ? block.Count + 1 : 1;
        }
    }

    public void Remove(int slot, ReadOnlySpan<ulong> keys)
    {
        // A slot still in the frozen runs has all its entries there: mark it stale once and count it out of each block.
        if (slot < _stale.Length && !_stale[slot])
        {
            _stale[slot] = true;
            foreach (var key in keys)
            {
                ref var block = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_blocks, key);
                if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref block) && --block.Count == 0)
                {
                    _blocks.Remove(key);
                }
            }

            return;
        }

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

                if (block.RunStart >= 0)
                {
                    foreach (var slot in _runs.AsSpan(block.RunStart + 1, _runs[block.RunStart]))
                    {
                        if (!_stale[slot])
                        {
                            into.Add(slot);
                        }
                    }
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

                if (block.RunStart >= 0)
                {
                    foreach (var slot in _runs.AsSpan(block.RunStart + 1, _runs[block.RunStart]))
                    {
                        if (slot <= afterSlot)
                        {
                            break;
                        }

                        if (!_stale[slot])
                        {
                            into.Add(slot);
                        }
                    }
                }
            }
        }
    }

    private int CountFree()
    {
        var free = 0;
        for (var entry = _free; entry != -1; entry = _next[entry])
        {
            free++;
        }

        return free;
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

        /// <summary>Where the block's frozen run starts in the runs array (its length, then its slots); -1 for none.</summary>
        public int RunStart;
    }
}
