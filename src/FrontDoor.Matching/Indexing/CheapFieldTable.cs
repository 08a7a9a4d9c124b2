using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Normalisation;
using static FrontDoor.Matching.Comparison.Levels;

namespace FrontDoor.Matching.Indexing;

/// <summary>
/// The fields <see cref="RecordComparer.CompareCheapFields"/> reads, for every slot of an index, packed into one
/// 48-byte struct per slot in one flat array: a search's first pass over its candidates reads one struct each instead
/// of a record object, its id string, its postcode object and its identifier strings scattered over the heap.
/// Postcodes become small ids (a million people share far fewer postcodes); LAS IDs and emails, nearly unique, are
/// kept as hashes and confirmed on the record when the hashes agree. The addresses a person lived at before are kept
/// as (postcode id, house-number id) pairs in one shared array, so "lives where the other lived" is answered from the
/// table too. Gives exactly the levels CompareCheapFields gives (a test holds the two together). Not thread-safe for
/// writes: the index writes under its lock.
/// </summary>
internal sealed class CheapFieldTable
{
    private readonly Dictionary<string, int> _postcodeIds = new(StringComparer.Ordinal);
    private readonly List<Postcode> _postcodes = [null!];
    private readonly Dictionary<string, int> _houseNumberIds = new(StringComparer.Ordinal);
    private Entry[] _entries;

    // Every slot's former addresses, each slot's run at Entry.PreviousStart; a run outgrown by an update is left unused.
    private FormerAddress[] _previous = new FormerAddress[16];
    private int _previousUsed;

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

        var (previousStart, previousCount) = SetPrevious(_entries[slot], record.PreviousAddresses);
        _entries[slot] = new Entry
        {
            NhsNumber = record.NhsStatus == NhsNumberCheck.Status.Valid ? record.NhsNumber : 0,
            NhsValid = record.NhsStatus == NhsNumberCheck.Status.Valid,
            Phone = record.Phone,
            LasIdHash = HashOrZero(record.LasId),
            EmailHash = HashOrZero(record.Email),
            PostcodeId = PostcodeIdOf(record.Postcode),
            HouseNumberId = HouseNumberIdOf(record.HouseNumber),
            DateOfBirth = record.DateOfBirth,
            HasNationalId = record.NationalId is not null,
            PreviousStart = previousStart,
            PreviousCount = previousCount,
        };
    }

    /// <summary>Stores a slot's former addresses as ids, in the run the slot had when it still fits (an updated record), else at the end.</summary>
    private (int Start, byte Count) SetPrevious(in Entry old, PreparedAddress[]? addresses)
    {
        if (addresses is not { Length: > 0 })
        {
            return (0, 0);
        }

        var count = Math.Min(addresses.Length, byte.MaxValue);
        var start = old.PreviousCount >= count ? old.PreviousStart : _previousUsed;
        if (start == _previousUsed)
        {
            if (_previousUsed + count > _previous.Length)
            {
                Array.Resize(ref _previous, Math.Max(_previousUsed + count, _previous.Length * 2));
            }

            _previousUsed += count;
        }

        for (var i = 0; i < count; i++)
        {
            _previous[start + i] = new FormerAddress(PostcodeIdOf(addresses[i].Postcode), HouseNumberIdOf(addresses[i].HouseNumber));
        }

        return (start, (byte)count);
    }

    private int PostcodeIdOf(Postcode? postcode) => postcode is null ? 0 : IdOf(_postcodeIds, postcode.Full, () => _postcodes.Add(postcode));

    private int HouseNumberIdOf(string? house) => house is null ? 0 : IdOf(_houseNumberIds, house, null);

    /// <summary>
    /// The query side, worked out once per search. Null when the query carries a field this table does not hold
    /// (a national id): the caller then compares the records themselves.
    /// </summary>
    public Query? QueryFor(PreparedRecord query) =>
        query.NationalId is not null ? null : new Query(
            query,
            KnownPostcodeId(query.Postcode),
            KnownHouseNumberId(query.HouseNumber),
            HashOrZero(query.LasId),
            HashOrZero(query.Email),
            query.PreviousAddresses is { Length: > 0 } previous
                ? [.. previous.Select(a => new FormerAddress(KnownPostcodeId(a.Postcode), KnownHouseNumberId(a.HouseNumber)))]
                : []);

    // 0 for none, -1 for one no slot holds (so it equals no stored id).
    private int KnownPostcodeId(Postcode? postcode) => postcode is null ? 0 : _postcodeIds.GetValueOrDefault(postcode.Full, -1);

    private int KnownHouseNumberId(string? house) => house is null ? 0 : _houseNumberIds.GetValueOrDefault(house, -1);

    /// <summary>
    /// Asks the CPU to start loading a slot's entry: the first pass visits candidates scattered over a table of tens
    /// of megabytes, so without the hint nearly every entry is a wait on memory. Only a hint: it reads nothing and
    /// cannot fault, so an address the collector has since moved costs nothing but the hint.
    /// </summary>
    public unsafe void Prefetch(int slot)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported && (uint)slot < (uint)_entries.Length)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref _entries[slot]));
        }
    }

    /// <summary>The cheap fields' levels for the query against one slot; <paramref name="records"/> is read only when two hashes agree.</summary>
    /// <remarks>Former addresses are compared here too (as <see cref="RecordComparer.CompareAddresses"/> does), so a moved person's record is not read.</remarks>
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

        // Where either side knows where the person lived before, and the postcodes are not close, one may live where the other lived.
        if ((e.PreviousCount > 0 || query.Previous.Length > 0)
            && v.Levels[(int)MatchField.Postcode] is None or PostalCode.Different or PostalCode.SameDistrict
            && (LivesWhereTheOtherLived(query.PostcodeId, query.HouseNumberId, _previous.AsSpan(e.PreviousStart, e.PreviousCount))
                || LivesWhereTheOtherLived(e.PostcodeId, e.HouseNumberId, query.Previous)))
        {
            v.Levels[(int)MatchField.Postcode] = PostalCode.PreviousAddress;
        }
        v.Levels[(int)MatchField.HouseNumber] = query.HouseNumberId == 0 || e.HouseNumberId == 0 ? None
            : query.HouseNumberId == e.HouseNumberId ? Identifier.Same : Identifier.Different;
        v.Levels[(int)MatchField.Phone] = q.Phone == 0 || e.Phone == 0 ? None : q.Phone == e.Phone ? Identifier.Same : Identifier.Different;
        v.Levels[(int)MatchField.Email] = query.EmailHash == 0 || e.EmailHash == 0 ? None
            : query.EmailHash == e.EmailHash && string.Equals(q.Email, records[slot]!.Email, StringComparison.Ordinal) ? Identifier.Same
            : Identifier.Different;
    }

    /// <summary><see cref="RecordComparer.LivesWhereTheOtherLived"/> on ids: the same postcode, and the same house number where both give one.</summary>
    private static bool LivesWhereTheOtherLived(int postcodeId, int houseNumberId, ReadOnlySpan<FormerAddress> before)
    {
        if (postcodeId == 0)
        {
            return false;
        }

        foreach (var address in before)
        {
            if (address.PostcodeId == postcodeId && (address.HouseNumberId == 0 || houseNumberId == 0 || address.HouseNumberId == houseNumberId))
            {
                return true;
            }
        }

        return false;
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

    internal readonly record struct Query(PreparedRecord Record, int PostcodeId, int HouseNumberId, ulong LasIdHash, ulong EmailHash, FormerAddress[] Previous);

    /// <summary>An address lived at before, as ids: 0 for no house number; on the query side -1 for one no slot holds.</summary>
    internal readonly record struct FormerAddress(int PostcodeId, int HouseNumberId);

    private struct Entry
    {
        public long NhsNumber;
        public long Phone;
        public ulong LasIdHash;
        public ulong EmailHash;
        public int PostcodeId;
        public int HouseNumberId;
        public int PreviousStart;
        public PartialDate DateOfBirth;
        public bool NhsValid;
        public bool HasNationalId;
        public byte PreviousCount;
    }
}
