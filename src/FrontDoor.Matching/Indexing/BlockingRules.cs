using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Indexing;

/// <summary>
/// The blocking rules: cheap keys that true matches very likely share on at least one rule. Several
/// rules, each built on different fields, so one wrong or missing field never hides the true record.
/// </summary>
internal static class BlockingRules
{
    public const int MaxKeys = 15;

    /// <summary>Room for a query's keys: its own, plus the name-pair keys of each known form of its given name.</summary>
    public const int MaxQueryKeys = MaxKeys + (2 * MaxNicknameForms);

    private const int MaxNicknameForms = 12;

    /// <summary>Writes the record's keys (rule number mixed in) and returns how many.</summary>
    public static int KeysOf(PreparedRecord r, Span<ulong> keys)
    {
        var n = 0;

        if (r.NhsStatus == NhsNumberCheck.Status.Valid)
        {
            keys[n++] = Hashing.Combine(1UL, (ulong)r.NhsNumber);
        }

        if (r.NationalId is { } nationalId)
        {
            keys[n++] = Hashing.Combine(2UL, Hashing.Of(nationalId));
        }

        if (r.LasId is { } lasId)
        {
            keys[n++] = Hashing.Combine(3UL, Hashing.Of(lasId));
        }

        var dob = r.DateOfBirth;
        if (dob.IsComplete)
        {
            // Day and month in order of size, so a day/month swap lands in the same block.
            keys[n++] = Hashing.Combine(4UL, (ulong)((dob.Year * 10000) + (Math.Min(dob.Month, dob.Day) * 100) + Math.Max(dob.Month, dob.Day)));
        }

        var family = r.Family;
        var given = r.Given;
        if (r.Postcode is { } postcode)
        {
            // Postcode with the sound of each name, whichever field it is in, so given and family names swapped still
            // meet at their address (FEBRL swaps them; so do forms filled in by someone else).
            var place = Hashing.Of(postcode.Full);
            if (family is not null)
            {
                keys[n++] = PlaceAndNameKey(place, Hashing.Of(family.Phonetic));
            }

            if (given is not null && given.Phonetic != family?.Phonetic)
            {
                keys[n++] = PlaceAndNameKey(place, Hashing.Of(given.Phonetic));
            }
        }

        if (family is not null)
        {
            n += NameKeys(given, family, dob, keys[n..]);
        }

        // A former family name (a maiden name) gets the same keys, so records made under it still meet.
        if (r.FormerFamily is { } former && former.Text != family?.Text)
        {
            n += NameKeys(given, former, dob, keys[n..]);
        }

        if (r.Street is { } street && r.HouseNumber is { } houseNumber)
        {
            keys[n++] = Hashing.Combine(10UL, Hashing.Combine(street.Hash, Hashing.Of(houseNumber)));
        }

        if (r.Phone != 0)
        {
            keys[n++] = Hashing.Combine(11UL, (ulong)r.Phone);
        }

        if (r.Email is { } email)
        {
            keys[n++] = Hashing.Combine(12UL, Hashing.Of(email));
        }

        return n;
    }

    /// <summary>
    /// A query's keys: the record's own, plus the given-name keys (name pair, and postcode with given name) of every
    /// known form of the query's given and known-as names, so "Eddie Ward" meets Edward Ward and "Bill" meets
    /// William. Only queries are widened: stored records keep one key per rule, so the index does not grow.
    /// </summary>
    public static int QueryKeysOf(PreparedRecord r, NicknameTable nicknames, Span<ulong> keys)
    {
        var n = KeysOf(r, keys);
        var family = r.Family;
        var hasPlace = r.Postcode is not null;
        var place = hasPlace ? Hashing.Of(r.Postcode!.Full) : 0UL;
        if ((family is null && !hasPlace) || r.Given is not { } given)
        {
            return n;
        }

        Span<ulong> forms = stackalloc ulong[MaxNicknameForms];
        var count = 0;
        void AddForm(string phonetic, Span<ulong> forms)
        {
            var hash = Hashing.Of(phonetic);
            if (count < MaxNicknameForms && phonetic != given.Phonetic && !forms[..count].Contains(hash))
            {
                forms[count++] = hash;
            }
        }

        foreach (var name in (ReadOnlySpan<NameToken?>)[given, r.KnownAs])
        {
            if (name is not null)
            {
                AddForm(name.Phonetic, forms);
                foreach (var id in name.NicknameEquivalents ?? [])
                {
                    AddForm(nicknames.PhoneticOf(id), forms);
                }
            }
        }

        foreach (var form in forms[..count])
        {
            if (family is not null)
            {
                keys[n++] = NamePairKey(form, Hashing.Of(family.Phonetic));
            }

            if (hasPlace)
            {
                keys[n++] = PlaceAndNameKey(place, form);
            }
        }

        return n;
    }

    /// <summary>The keys built on a family name: with the given name, with the birth year, with the birthday.</summary>
    private static int NameKeys(NameToken? given, NameToken family, PartialDate dob, Span<ulong> keys)
    {
        var n = 0;
        if (given is not null)
        {
            keys[n++] = NamePairKey(Hashing.Of(given.Phonetic), Hashing.Of(family.Phonetic));
        }

        if (dob.Year != 0)
        {
            keys[n++] = Hashing.Combine(8UL, Hashing.Combine(family.Hash, (long)dob.Year));
        }

        if (dob.Month != 0 && dob.Day != 0)
        {
            keys[n++] = Hashing.Combine(9UL, Hashing.Combine(Hashing.Of(family.Phonetic), (long)((dob.Month * 100) + dob.Day)));
        }

        return n;
    }

    private static ulong PlaceAndNameKey(ulong place, ulong namePhonetic) => Hashing.Combine(6UL, Hashing.Combine(place, namePhonetic));

    // Order-free, so given and family names swapped still meet.
    private static ulong NamePairKey(ulong givenPhonetic, ulong familyPhonetic) =>
        Hashing.Combine(7UL, givenPhonetic < familyPhonetic ? Hashing.Combine(givenPhonetic, familyPhonetic) : Hashing.Combine(familyPhonetic, givenPhonetic));
}
