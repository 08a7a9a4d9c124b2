using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Normalisation;
using static FrontDoor.Matching.Comparison.Levels;

namespace FrontDoor.Matching.Indexing;

/// <summary>
/// The fields <see cref="RecordComparer.CompareCheapFields"/> reads, for every slot of an index, packed into one
/// 48-byte struct per slot in one flat array: a search's first pass over its candidates reads one struct each instead
/// of a record object, its id string, its postcode object and its identifier strings scattered over the heap.
/// Postcodes become small ids (a million people share far fewer postcodes); LAS IDs and emails, nearly unique, are
/// kept as hashes and confirmed on the record when the hashes agree. Gives exactly the levels CompareCheapFields gives
/// (a test holds the two together). Not thread-safe for writes: the index writes under its lock.
/// </summary>
internal sealed class CheapFieldTable
{
    private readonly Dictionary<string, int> _postcodeIds = new(StringComparer.Ordinal);
    private readonly List<Postcode> _postcodes = [null!];
    private readonly Dictionary<string, int> _houseNumberIds = new(StringComparer.Ordinal);
    private Entry[] _entries;

    public CheapFieldTable(int expectedCount)
    {
        _entries = new Entry[Math.Max(16, expectedCount)];
    }

    public void Set(int slot, PreparedRecord record)
    {
        if (slot >= _entries.Length)
        {
            Array.Resize(ref _entries, Math.Max(slot + 1, _entries.Length * 2));
        }

        _entries[slot] = new Entry
        {
            NhsNumber = record.NhsStatus == NhsNumberCheck.Status.Valid ? record.NhsNumber : 0,
            NhsValid = record.NhsStatus == NhsNumberCheck.Status.Valid,
            Phone = record.Phone,
            LasIdHash = HashOrZero(record.LasId),
            EmailHash = HashOrZero(record.Email),
            PostcodeId = record.Postcode is { } postcode ? IdOf(_postcodeIds, postcode.Full, () => _postcodes.Add(postcode)) : 0,
            HouseNumberId = record.HouseNumber is { } house ? IdOf(_houseNumberIds, house, null) : 0,
            DateOfBirth = record.DateOfBirth,
            HasNationalId = record.NationalId is not null,
            HasPreviousAddresses = record.PreviousAddresses is { Length: > 0 },
        };
    }

    /// <summary>
    /// The query side, worked out once per search. Null when the query carries a field this table does not hold
    /// (a national id): the caller then compares the records themselves.
    /// </summary>
    public Query? QueryFor(PreparedRecord query) =>
        query.NationalId is not null ? null : new Query(
            query,
            query.Postcode is { } postcode ? _postcodeIds.GetValueOrDefault(postcode.Full, -1) : 0,
            query.HouseNumber is { } house ? _houseNumberIds.GetValueOrDefault(house, -1) : 0,
            HashOrZero(query.LasId),
            HashOrZero(query.Email));

    /// <summary>The cheap fields' levels for the query against one slot; <paramref name="records"/> is read only when two hashes agree.</summary>
    public void Compare(Query query, int slot, List<PreparedRecord?> records, ref ComparisonVector v)
    {
        ref readonly var e = ref _entries[slot];
        var q = query.Record;
        v.Levels[(int)MatchField.NhsNumber] = q.NhsStatus == NhsNumberCheck.Status.Valid && e.NhsValid
            ? q.NhsNumber == e.NhsNumber ? Identifier.Same : Identifier.Different
            : None;

        // A query with a national id never comes here; a record's id against a query without one is "no evidence".
        v.Levels[(int)MatchField.NationalId] = None;
        v.Levels[(int)MatchField.LasId] = query.LasIdHash != 0 && query.LasIdHash == e.LasIdHash
            && string.Equals(q.LasId, records[slot]!.LasId, StringComparison.Ordinal) ? Identifier.Same : None;
        v.Levels[(int)MatchField.DateOfBirth] = RecordComparer.CompareDates(q.DateOfBirth, e.DateOfBirth);
        v.Levels[(int)MatchField.Postcode] = query.PostcodeId == 0 || e.PostcodeId == 0 ? None
            : query.PostcodeId == e.PostcodeId ? PostalCode.Same
            : RecordComparer.ComparePostcodes(q.Postcode, _postcodes[e.PostcodeId]);

        // Only where either side knows where the person lived before is the record itself read, as the comparer does.
        if ((e.HasPreviousAddresses || q.PreviousAddresses is { Length: > 0 })
            && v.Levels[(int)MatchField.Postcode] is None or PostalCode.Different or PostalCode.SameDistrict)
        {
            v.Levels[(int)MatchField.Postcode] = RecordComparer.CompareAddresses(q, records[slot]!);
        }
        v.Levels[(int)MatchField.HouseNumber] = query.HouseNumberId == 0 || e.HouseNumberId == 0 ? None
            : query.HouseNumberId == e.HouseNumberId ? Identifier.Same : Identifier.Different;
        v.Levels[(int)MatchField.Phone] = q.Phone == 0 || e.Phone == 0 ? None : q.Phone == e.Phone ? Identifier.Same : Identifier.Different;
        v.Levels[(int)MatchField.Email] = query.EmailHash == 0 || e.EmailHash == 0 ? None
            : query.EmailHash == e.EmailHash && string.Equals(q.Email, records[slot]!.Email, StringComparison.Ordinal) ? Identifier.Same
            : Identifier.Different;
    }

    // 0 means "none", so a real hash of 0 is moved to 1 (a collision only costs a look at the record).
    private static ulong HashOrZero(string? text) => text is null ? 0 : Math.Max(1UL, Hashing.Of(text));

    private static int IdOf(Dictionary<string, int> ids, string text, Action? added)
    {
        ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ids, text, out var exists);
        if (!exists)
        {
            id = ids.Count;
            added?.Invoke();
        }

        return id;
    }

    internal readonly record struct Query(PreparedRecord Record, int PostcodeId, int HouseNumberId, ulong LasIdHash, ulong EmailHash);

    private struct Entry
    {
        public long NhsNumber;
        public long Phone;
        public ulong LasIdHash;
        public ulong EmailHash;
        public int PostcodeId;
        public int HouseNumberId;
        public PartialDate DateOfBirth;
        public bool NhsValid;
        public bool HasNationalId;
        public bool HasPreviousAddresses;
    }
}
