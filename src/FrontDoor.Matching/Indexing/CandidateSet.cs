namespace FrontDoor.Matching.Indexing;

/// <summary>The distinct record slots one query touches; reused between queries to avoid allocation.</summary>
internal sealed class CandidateSet
{
    private readonly HashSet<int> _seen = new(256);
    private readonly List<int> _slots = new(256);

    public List<int> Slots => _slots;

    public void Add(int slot)
    {
        if (_seen.Add(slot))
        {
            _slots.Add(slot);
        }
    }

    public void Clear()
    {
        _seen.Clear();
        _slots.Clear();
    }
}
