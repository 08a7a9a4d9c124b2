using System.Collections.Concurrent;
using System.Collections.Frozen;
using FrontDoor.Matching.Model;
using FrontDoor.Matching.Normalisation;
using static FrontDoor.Matching.Comparison.Levels;

namespace FrontDoor.Matching.Comparison;

/// <summary>Turns a comparison vector into sentences. Only run for the few candidates shown, so it may allocate.</summary>
internal static class Explainer
{
    /// <param name="givenAdjustment">The term-frequency adjustment (bits) added to an exact given-name agreement.</param>
    /// <param name="familyAdjustment">The same for the family name.</param>
    public static MatchExplanation Explain(PreparedRecord query, PreparedRecord candidate, in ComparisonVector vector, MatchModel model, double prior,
        double givenAdjustment = 0, double familyAdjustment = 0)
    {
        var fields = new List<FieldContribution>(FieldCount);
        foreach (var field in AllFields)
        {
            var level = vector.Levels[(int)field];
            var description = Describe(field, level, query, candidate, vector.NamesSwapped, vector.SwapReadOtherWay);
            if (description is null)
            {
                continue;
            }

            var adjustment = field == MatchField.GivenName ? givenAdjustment : field == MatchField.FamilyName ? familyAdjustment : 0;
            var weight = model.FieldWeight(vector, (int)field);
            var countedWithPostcode = weight != model.Weight((int)field, level);
            var note = Frequency(adjustment) + (countedWithPostcode ? MovedNote : "");
            fields.Add(new FieldContribution(field, Names[(int)field][level], weight + adjustment, description + note)
            {
                Reason = ReasonFor(field, level, description, vector.NamesSwapped) + note,
            });
        }

        return new MatchExplanation(prior, fields)
        {
            Note = vector.DifferentNhsNumbers ? DifferentNhsNumbersNote
                : vector.DifferentFormerNames ? DifferentFormerNamesNote
                : vector.OtherNameElsewhere ? OtherNameElsewhereNote
                : vector.LookAlike ? LookAlikeNote : vector.NamesDisagree ? NamesDisagreeNote : null,
        };
    }

    private const string PreviousAddressReason = "one record's address is the other's previous address";

    private const string MovedNote = " — counted once, with the postcode (someone who moves changes all of them)";

    public const string NamesDisagreeNote = "given and family names both differ — never linked automatically";

    // Adjustments under half a bit are not worth a caseworker's attention.
    private static string Frequency(double adjustment) => adjustment switch
    {
        >= 0.5 => " (an uncommon name)",
        <= -0.5 => " (a common name)",
        _ => "",
    };

    /// <summary>
    /// What the evidence was, with no personal data: the only form stored with a contact, where candidates who turn out
    /// not to be the person are kept too. Sentences that name nothing (same NHS number, missing on one record) are kept.
    /// </summary>
    private static string ReasonFor(MatchField field, byte level, string description, bool swapped) =>
        ReasonOf(field, level, swapped) ?? ((field, level) switch
        {
            (MatchField.DateOfBirth, None) when description.Contains("too incomplete", StringComparison.Ordinal) => TooIncompleteReason,
            _ => description,
        });

    private const string SwapNote = " (given and family names swapped)";

    private const string TooIncompleteReason = "date of birth too incomplete to compare — ignored";

    /// <summary>The reason for a level whose description names someone's data; null where the description names nothing.</summary>
    private static string? ReasonOf(MatchField field, byte level, bool swapped)
    {
        var swap = swapped && field is MatchField.GivenName or MatchField.FamilyName ? SwapNote : "";
        return (field, level) switch
        {
            (MatchField.NationalId, NationalId.OneEdit) => "national id one character different",
            (MatchField.GivenName, Given.Same) => "same given name" + swap,
            (MatchField.GivenName, Given.KnownAs) => "known-as name matches given name",
            (MatchField.GivenName, Given.VerySimilar) => "given names very similar" + swap,
            (MatchField.GivenName, Given.SamePhonetic) => "given names sound alike" + swap,
            (MatchField.GivenName, Given.Similar) => "given names similar" + swap,
            (MatchField.GivenName, Given.Initial) => "initial matches given name",
            (MatchField.GivenName, Given.Different) => "different given names",
            (MatchField.FamilyName, Family.Same) => "same family name" + swap,
            (MatchField.FamilyName, Family.SharedPart) => "family names share a part",
            (MatchField.FamilyName, Family.VerySimilar) => "family names very similar" + swap,
            (MatchField.FamilyName, Family.SamePhonetic) => "family names sound alike" + swap,
            (MatchField.FamilyName, Family.Similar) => "family names similar" + swap,
            (MatchField.FamilyName, Family.Different) => "different family names",
            (MatchField.FamilyName, Family.FormerName) => "former family name matches family name",
            (MatchField.DateOfBirth, Dob.DayMonthSwapped) => "date of birth day/month swapped",
            (MatchField.DateOfBirth, Dob.OneDigit) => "date of birth one digit different or a day apart",
            (MatchField.DateOfBirth, Dob.SameYearMonth) => "same month and year of birth",
            (MatchField.DateOfBirth, Dob.SameYear) => "same year of birth",
            (MatchField.DateOfBirth, Dob.Different) => "different dates of birth",
            (MatchField.Postcode, PostalCode.Same) => "same postcode",
            (MatchField.Postcode, PostalCode.SameSector) => "same postcode sector",
            (MatchField.Postcode, PostalCode.OneCharacter) => "postcodes one character different",
            (MatchField.Postcode, PostalCode.SameDistrict) => "same postcode district",
            (MatchField.Postcode, PostalCode.Different) => "different postcodes",
            (MatchField.Postcode, PostalCode.PreviousAddress) => PreviousAddressReason,
            (MatchField.HouseNumber, Identifier.Same) => "same house number",
            (MatchField.HouseNumber, Identifier.Different) => "different house numbers",
            (MatchField.Street, Street.Same) => "same street",
            (MatchField.Street, Street.VerySimilar) => "streets very similar",
            (MatchField.Street, Street.SharedWord) => "streets share a word",
            (MatchField.Street, Street.Different) => "different streets",
            (MatchField.Town, Town.Same) => "same town",
            (MatchField.Town, Town.Similar) => "towns similar",
            (MatchField.Town, Town.Different) => "different towns",
            _ => null,
        };
    }

    /// <summary>
    /// The sentences the engine writes that name no one's data whatever the records hold: identifiers agreeing or not,
    /// and a field missing, unreadable or invalid.
    /// </summary>
    private static readonly FrozenSet<string> SentencesWithoutData = new[]
        {
            "same NHS number", "different valid NHS numbers", "NHS number invalid (check digit) — ignored",
            "same national id", "different national ids",
            "same LAS ID", "different LAS IDs — no evidence (a duplicate case record has its own)",
            "same date of birth", "date of birth invalid — ignored", TooIncompleteReason,
            "same phone number", "different phone numbers", "same email address", "different email addresses",
        }
        .Concat(new[] { "NHS number", "national id", "LAS ID", "given name", "family name", "date of birth", "postcode", "address", "phone number", "email address" }
            .SelectMany(what => new[] { $"{what} missing on one record — no evidence", $"{what} unreadable — ignored" }))
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] FrequencyNotes = [" (an uncommon name)", " (a common name)"];

    /// <summary>
    /// What a field contribution stored by any version of the engine may keep: its text when that names no one's data,
    /// otherwise the reason for its field and level ("different family names (Smith / Jones)" becomes "different family
    /// names"). A field or level this engine does not know keeps only their names.
    /// </summary>
    public static string ReasonWithoutPersonalData(string field, string level, string stored)
    {
        var frequency = FrequencyNotes.FirstOrDefault(note => stored.EndsWith(note, StringComparison.Ordinal)) ?? "";
        var sentence = stored[..^frequency.Length];
        if (SentencesWithoutData.Contains(stored))
        {
            return stored;
        }

        if (!Enum.TryParse<MatchField>(field, out var matchField) || !Enum.IsDefined(matchField))
        {
            return "evidence not kept";
        }

        var levelIndex = Array.FindIndex(Names[(int)matchField], name => string.Equals(name, level, StringComparison.OrdinalIgnoreCase));
        if (levelIndex > 0 && ReasonOf(matchField, (byte)levelIndex, sentence.Contains(SwapNote, StringComparison.Ordinal)) is { } reason)
        {
            return reason + frequency;
        }

        if (matchField == MatchField.DateOfBirth && sentence.StartsWith("date of birth too incomplete", StringComparison.Ordinal))
        {
            return TooIncompleteReason;
        }

        return level.Length > 0 && level.All(char.IsAsciiLetter) ? $"{matchField}: {level}" : $"{matchField}: not kept";
    }

    private static readonly MatchField[] AllFields = Enum.GetValues<MatchField>();

    // Every candidate shown says the same few of these, so each is written once.
    private static readonly ConcurrentDictionary<string, string> MissingSentences = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> UnreadableSentences = new(StringComparer.Ordinal);

    public const string DifferentNhsNumbersNote = "two different valid NHS numbers — never linked automatically";

    public const string DifferentFormerNamesNote = "two different former family names — never linked automatically";

    public const string OtherNameElsewhereNote = "another family name at another address, and no identifier agrees — never linked automatically";

    public const string LookAlikeNote = "looks like a relative (different given name, or same name born years apart) — never linked automatically";

    // Null when a field is simply absent from both records: nothing worth saying.
    private static string? Describe(MatchField field, byte level, PreparedRecord a, PreparedRecord b, bool swapped, bool otherWay) => field switch
    {
        MatchField.NhsNumber => DescribeNhs(level, a, b),
        MatchField.NationalId => level switch
        {
            NationalId.Same => "same national id",
            NationalId.OneEdit => $"national id one character different ({a.NationalId} / {b.NationalId})",
            NationalId.Different => "different national ids",
            _ => Missing("national id", a.NationalId is null, b.NationalId is null, false),
        },
        MatchField.LasId => level switch
        {
            Identifier.Same => "same LAS ID",
            _ when a.LasId is not null && b.LasId is not null => "different LAS IDs — no evidence (a duplicate case record has its own)",
            _ => Missing("LAS ID", a.LasId is null, b.LasId is null, false),
        },
        MatchField.GivenName => DescribeGiven(level, a, b, swapped, otherWay),
        MatchField.FamilyName => DescribeFamily(level, a, b, swapped, otherWay),
        MatchField.DateOfBirth => DescribeDob(level, a, b),
        MatchField.Postcode => level switch
        {
            PostalCode.Same => $"same postcode {a.Postcode!.Full}",
            PostalCode.SameSector => $"same postcode sector {a.Postcode!.Sector}",
            PostalCode.OneCharacter => $"postcodes one character different ({a.Postcode!.Full} / {b.Postcode!.Full})",
            PostalCode.SameDistrict => $"same postcode district {a.Postcode!.District}",
            PostalCode.Different => $"different postcodes ({a.Postcode!.Full} / {b.Postcode!.Full})",
            PostalCode.PreviousAddress => $"{PreviousAddressReason} ({(RecordComparer.LivesWhereTheOtherLived(a, b.PreviousAddresses) ? a : b).Postcode!.Full})",
            _ => Missing("postcode", a.Postcode is null, b.Postcode is null, a.IsUnreadable(field) || b.IsUnreadable(field)),
        },
        MatchField.HouseNumber => level switch
        {
            Identifier.Same => $"same house number {a.HouseNumber}",
            Identifier.Different => $"different house numbers ({a.HouseNumber} / {b.HouseNumber})",
            _ => null,
        },
        MatchField.Street => level switch
        {
            Street.Same => $"same street {a.Street}",
            Street.VerySimilar => $"streets very similar ({a.Street} / {b.Street})",
            Street.SharedWord => $"streets share a word ({a.Street} / {b.Street})",
            Street.Different => $"different streets ({a.Street} / {b.Street})",
            _ => Missing("address", a.Street is null, b.Street is null, a.IsUnreadable(field) || b.IsUnreadable(field)),
        },
        MatchField.Town => level switch
        {
            Town.Same => $"same town {a.Town}",
            Town.Similar => $"towns similar ({a.Town} / {b.Town})",
            Town.Different => $"different towns ({a.Town} / {b.Town})",
            _ => null,
        },
        MatchField.Phone => level switch
        {
            Identifier.Same => "same phone number",
            Identifier.Different => "different phone numbers",
            _ => Missing("phone number", a.Phone == 0, b.Phone == 0, a.IsUnreadable(field) || b.IsUnreadable(field)),
        },
        MatchField.Email => level switch
        {
            Identifier.Same => "same email address",
            Identifier.Different => "different email addresses",
            _ => Missing("email address", a.Email is null, b.Email is null, a.IsUnreadable(field) || b.IsUnreadable(field)),
        },
        _ => null,
    };

    private static string? Missing(string what, bool aMissing, bool bMissing, bool unreadable)
    {
        if (unreadable)
        {
            return UnreadableSentences.GetOrAdd(what, static w => $"{w} unreadable — ignored");
        }

        return aMissing && bMissing ? null : MissingSentences.GetOrAdd(what, static w => $"{w} missing on one record — no evidence");
    }

    private static string? DescribeNhs(byte level, PreparedRecord a, PreparedRecord b) => level switch
    {
        Identifier.Same => "same NHS number",
        Identifier.Different => "different valid NHS numbers",
        _ when a.NhsStatus == NhsNumberCheck.Status.Invalid || b.NhsStatus == NhsNumberCheck.Status.Invalid =>
            "NHS number invalid (check digit) — ignored",
        _ => Missing("NHS number", a.NhsStatus == NhsNumberCheck.Status.Missing, b.NhsStatus == NhsNumberCheck.Status.Missing, false),
    };

    private static string? DescribeGiven(byte level, PreparedRecord a, PreparedRecord b, bool swapped, bool otherWay)
    {
        // "Different" and "none" name no pair, so the best pair (up to four name comparisons) is only worked out for the rest.
        var (x, y) = level is Given.Different or None ? default : BestGivenPair(a, b, swapped, otherWay);
        var note = swapped ? " (given and family names swapped)" : "";
        return level switch
        {
            Given.Same => $"same given name {Title(x)}{note}",
            Given.KnownAs => $"known-as name {Title(x)} = {Title(y)}",
            Given.VerySimilar => $"given names very similar ({Title(x)} / {Title(y)}){note}",
            Given.SamePhonetic => $"given names sound alike ({Title(x)} / {Title(y)}){note}",
            Given.Similar => $"given names similar ({Title(x)} / {Title(y)}){note}",
            Given.Initial => $"initial matches given name ({Title(x)} / {Title(y)})",
            Given.Different => $"different given names ({Title(a.Given?.Text)} / {Title(b.Given?.Text)})",
            _ => Missing("given name", a.Given is null, b.Given is null, a.IsUnreadable(MatchField.GivenName) || b.IsUnreadable(MatchField.GivenName)),
        };
    }

    private static string? DescribeFamily(byte level, PreparedRecord a, PreparedRecord b, bool swapped, bool otherWay)
    {
        // Swapped and read the other way: a's given name was compared as a family name with b's family name.
        var x = swapped && otherWay ? a.Given?.Text : a.Family?.Text;
        var y = swapped ? otherWay ? b.Family?.Text : b.Given?.Text : b.Family?.Text;
        var note = swapped ? " (given and family names swapped)" : "";
        return level switch
        {
            Family.Same => $"same family name {Title(x)}{note}",
            Family.SharedPart => $"family names share a part ({Title(x)} / {Title(y)})",
            Family.VerySimilar => $"family names very similar ({Title(x)} / {Title(y)}){note}",
            Family.SamePhonetic => $"family names sound alike ({Title(x)} / {Title(y)}){note}",
            Family.Similar => $"family names similar ({Title(x)} / {Title(y)}){note}",
            Family.Different => $"different family names ({Title(x)} / {Title(y)})",
            Family.FormerName when RecordComparer.FormerFamilyMatch(a, b) is var (former, other, now) =>
                $"former family name {Title(former.Text)} (now {Title(now?.Text)}) = family name {Title(other.Text)}",
            _ => Missing("family name", a.Family is null, b.Family is null, a.IsUnreadable(MatchField.FamilyName) || b.IsUnreadable(MatchField.FamilyName)),
        };
    }

    private static (string? X, string? Y) BestGivenPair(PreparedRecord a, PreparedRecord b, bool swapped, bool otherWay)
    {
        if (swapped)
        {
            return otherWay ? (a.Family?.Text, b.Given?.Text) : (a.Given?.Text, b.Family?.Text);
        }

        (string?, string?) best = (a.Given?.Text, b.Given?.Text);
        var bestLevel = byte.MaxValue;
        Consider(a.Given, b.Given);
        Consider(a.Given, b.KnownAs);
        Consider(a.KnownAs, b.Given);
        Consider(a.KnownAs, b.KnownAs);
        return best;

        // In this order (given before known-as on each side), so of equally good pairs the first is named, as before.
        void Consider(NameToken? x, NameToken? y)
        {
            if (x is not null && y is not null && RecordComparer.CompareGiven(x, y) is var level && level < bestLevel)
            {
                bestLevel = level;
                best = (x.Text, y.Text);
            }
        }
    }

    private static string? DescribeDob(byte level, PreparedRecord a, PreparedRecord b)
    {
        var x = a.DateOfBirth;
        var y = b.DateOfBirth;
        var partial = !x.IsCalendarDate && x.WasGiven ? $" ({x} is not a valid date — compared in part)"
            : !y.IsCalendarDate && y.WasGiven ? $" ({y} is not a valid date — compared in part)" : "";
        return level switch
        {
            Dob.Same => "same date of birth",
            Dob.DayMonthSwapped => $"date of birth day/month swapped ({x} / {y})",
            Dob.OneDigit when x.IsOneDayFrom(y) => $"date of birth a day apart ({x} / {y})",
            Dob.OneDigit => $"date of birth one digit different ({x} / {y})",
            Dob.SameYearMonth => $"same month and year of birth{partial}",
            Dob.SameYear => $"same year of birth{partial}",
            Dob.Different => $"different dates of birth ({x} / {y}){partial}",
            _ when (x.WasGiven && !x.HasAnyPart) || (y.WasGiven && !y.HasAnyPart) => "date of birth invalid — ignored",
            _ when x.WasGiven && y.WasGiven => $"date of birth too incomplete to compare ({x} / {y}) — ignored",
            _ => Missing("date of birth", !x.WasGiven, !y.WasGiven, false),
        };
    }

    private static string Title(string? name) =>
        string.IsNullOrEmpty(name) ? "?" : string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
}
