using System.Collections.Concurrent;
using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Comparison;

/// <summary>Normalises raw records. Records to be stored share tokens through the pool; queries do not add to it.</summary>
internal sealed class RecordPreparer(NicknameTable nicknames)
{
    private static readonly Dictionary<string, string> StreetAbbreviations = new(StringComparer.Ordinal)
    {
        ["st"] = "street", ["rd"] = "road", ["ave"] = "avenue", ["av"] = "avenue", ["ln"] = "lane",
        ["cres"] = "crescent", ["dr"] = "drive", ["ct"] = "court", ["pl"] = "place", ["cl"] = "close",
        ["gdns"] = "gardens", ["tce"] = "terrace", ["sq"] = "square", ["pk"] = "park", ["gr"] = "grove",
        ["hse"] = "house", ["cir"] = "circuit", ["cct"] = "circuit", ["hwy"] = "highway", ["flt"] = "flat",
    };

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Postcode> _postcodes = new(StringComparer.Ordinal);

    public NicknameTable Nicknames => nicknames;

    public TokenPool Tokens { get; } = new(nicknames);

    public PreparedRecord Prepare(PersonRecord record, bool share)
    {
        var unreadable = 0;
        NameToken? Name(string? raw, MatchField field, bool keepDigits = false)
        {
            var text = TextNormaliser.Words(raw, keepDigits);
            if (text is null && TextNormaliser.HasContent(raw))
            {
                unreadable |= 1 << (int)field;
            }

            return share ? Tokens.Intern(text) : Tokens.Lookup(text);
        }

        var houseNumber = TextNormaliser.Identifier(record.HouseNumber, maxLength: 10);
        var addressLine = record.AddressLine;
        if (houseNumber is null && SplitLeadingNumber(addressLine) is var (number, remainder))
        {
            houseNumber = number;
            addressLine = remainder;
        }

        var nhsStatus = NhsNumberCheck.TryParse(record.NhsNumber, out var nhs);
        if (nhsStatus == NhsNumberCheck.Status.Invalid)
        {
            unreadable |= 1 << (int)MatchField.NhsNumber;
        }

        var dob = PartialDate.Parse(record.DateOfBirth);
        if (dob.WasGiven && !dob.IsCalendarDate)
        {
            unreadable |= 1 << (int)MatchField.DateOfBirth;
        }

        var phone = ContactDetails.NormalisePhone(record.Phone);
        var email = ContactDetails.NormaliseEmail(record.Email);
        var postcode = Postcode.Parse(record.Postcode);
        unreadable |= Flag(phone == 0 && TextNormaliser.HasContent(record.Phone), MatchField.Phone)
            | Flag(email is null && TextNormaliser.HasContent(record.Email), MatchField.Email)
            | Flag(postcode is null && TextNormaliser.HasContent(record.Postcode), MatchField.Postcode);

        return new PreparedRecord
        {
            Id = record.Id,
            Given = Name(record.GivenName, MatchField.GivenName),
            KnownAs = Name(record.KnownAs, MatchField.GivenName),
            Family = Name(record.FamilyName, MatchField.FamilyName),
            FormerFamily = Name(record.FormerFamilyName, MatchField.FamilyName),
            DateOfBirth = dob,
            NhsNumber = nhs,
            NhsStatus = nhsStatus,
            NationalId = Share(TextNormaliser.Identifier(record.NationalId), share: false),
            LasId = TextNormaliser.Identifier(record.LasId),
            HouseNumber = Share(houseNumber, share),
            Street = Name(ExpandStreet(addressLine), MatchField.Street, keepDigits: true),
            Town = Name(record.Town, MatchField.Town),
            Postcode = SharePostcode(postcode, share),
            PreviousAddresses = PreparePreviousAddresses(record.PreviousAddresses, postcode, houseNumber, share),
            Phone = phone,
            Email = email,
            Unreadable = unreadable,
            Tag = record.Tag,
        };
    }

    private Postcode? SharePostcode(Postcode? postcode, bool share) =>
        postcode is not null && share ? _postcodes.GetOrAdd(postcode.Full, postcode) : postcode;

    /// <summary>
    /// The previous addresses with a readable postcode, the current address and repeats left out; null when none is
    /// left, so most records keep no array.
    /// </summary>
    private PreparedAddress[]? PreparePreviousAddresses(IReadOnlyList<PreviousAddress>? raw, Postcode? current, string? currentHouseNumber, bool share)
    {
        if (raw is not { Count: > 0 })
        {
            return null;
        }

        List<PreparedAddress>? kept = null;
        foreach (var address in raw)
        {
            if (address is null || Postcode.Parse(address.Postcode) is not { } postcode)
            {
                continue;
            }

            var houseNumber = TextNormaliser.Identifier(address.HouseNumber, maxLength: 10)
                ?? (SplitLeadingNumber(address.AddressLine) is var (number, _) ? number : null);
            var prepared = new PreparedAddress(SharePostcode(postcode, share)!, Share(houseNumber, share));
            var isCurrent = current is not null && current.Full == postcode.Full && (houseNumber is null || currentHouseNumber is null || houseNumber == currentHouseNumber);
            if (isCurrent || (kept is not null && kept.Exists(k => k.Postcode.Full == postcode.Full && k.HouseNumber == prepared.HouseNumber)))
            {
                continue;
            }

            (kept ??= new List<PreparedAddress>(raw.Count)).Add(prepared);
        }

        return kept?.ToArray();
    }

    private static int Flag(bool condition, MatchField field) => condition ? 1 << (int)field : 0;

    private string? Share(string? value, bool share) => value is not null && share ? _strings.GetOrAdd(value, value) : value;

    private static string? ExpandStreet(string? raw)
    {
        var words = TextNormaliser.Words(raw, keepDigits: true);
        if (words is null)
        {
            return null;
        }

        var parts = words.Split(' ');
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (StreetAbbreviations.TryGetValue(parts[i], out var full))
            {
                parts[i] = full;
                changed = true;
            }
        }

        return changed ? string.Join(' ', parts) : words;
    }

    // "12a High Street" → ("12A", "High Street"), so callers may put the number in either field.
    private static (string Number, string Remainder)? SplitLeadingNumber(string? addressLine)
    {
        if (string.IsNullOrWhiteSpace(addressLine))
        {
            return null;
        }

        var text = addressLine.AsSpan().TrimStart();
        var end = 0;
        while (end < text.Length && end < 6 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == 0)
        {
            return null;
        }

        if (end < text.Length && char.IsAsciiLetter(text[end]) && (end + 1 == text.Length || !char.IsAsciiLetter(text[end + 1])))
        {
            end++;
        }

        if (end < text.Length && !(text[end] is ' ' or ',' or '/'))
        {
            return null;
        }

        return (text[..end].ToString().ToUpperInvariant(), text[end..].TrimStart(" ,/").ToString());
    }
}
