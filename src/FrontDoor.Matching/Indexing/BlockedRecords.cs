using FrontDoor.Matching.Comparison;

namespace FrontDoor.Matching.Indexing;

/// <summary>A fixed array of prepared records with their blocks, for batch work (estimation, dedupe, link). Read-only once built, so safe to share between threads.</summary>
internal sealed class BlockedRecords
{
    public BlockedRecords(PreparedRecord[] records)
    {
        Records = records;
        Blocks = new BlockIndex(records.Length);
        Span<ulong> keys = stackalloc ulong[BlockingRules.MaxKeys];
        for (var i = 0; i < records.Length; i++)
        {
            var n = BlockingRules.KeysOf(records[i], keys);
            Blocks.Add(i, keys[..n]);
        }

        Blocks.TrimExcess();
    }

    /// <summary>Records already blocked elsewhere (a freshly built index: slot i holds records[i]), so estimation needs no second index.</summary>
    public BlockedRecords(PreparedRecord[] records, BlockIndex blocks)
    {
        Records = records;
        Blocks = blocks;
    }

    public PreparedRecord[] Records { get; }

    public BlockIndex Blocks { get; }

    public void Collect(PreparedRecord query, int maxBlockSize, CandidateSet into)
    {
        into.Clear();
        Span<ulong> keys = stackalloc ulong[BlockingRules.MaxKeys];
        var n = BlockingRules.KeysOf(query, keys);
        Blocks.Collect(keys[..n], maxBlockSize, into);
    }

    /// <summary>Candidates with a higher slot than <paramref name="slot"/>: each pair of a dedupe once, without walking the rest of each block.</summary>
    public void CollectAfter(int slot, int maxBlockSize, CandidateSet into)
    {
        into.Clear();
        Span<ulong> keys = stackalloc ulong[BlockingRules.MaxKeys];
        var n = BlockingRules.KeysOf(Records[slot], keys);

        // Chains run newest first and records were added in slot order, so each chain is in descending slot order.
        Blocks.CollectAfter(keys[..n], slot, maxBlockSize, into);
    }

    public static PreparedRecord[] Prepare(IReadOnlyList<PersonRecord> records, RecordPreparer preparer)
    {
        var prepared = new PreparedRecord[records.Count];
        Parallel.For(0, records.Count, i => prepared[i] = preparer.Prepare(records[i], share: true));
        return prepared;
    }
}
