using FrontDoor.Matching.Normalisation;
using static FrontDoor.Matching.Comparison.Levels;

namespace FrontDoor.Matching.Comparison;

/// <summary>Works out the comparison level of each field for a pair of prepared records. Allocation-free.</summary>
internal static class RecordComparer
{
    private const double VerySimilarName = 0.94;
    private const double SimilarName = 0.88;
    private const double VerySimilarStreet = 0.92;
    private const double SimilarTown = 0.90;

    public static ComparisonVector Compare(PreparedRecord a, PreparedRecord b)
    {
        var v = default(ComparisonVector);
        CompareCheapFields(a, b, ref v);
        CompareCostlyFields(a, b, ref v);
        return v;
    }

    /// <summary>Identifiers, date of birth, postcode, house number, phone and email: integer and reference comparisons.</summary>
    public static void CompareCheapFields(PreparedRecord a, PreparedRecord b, ref ComparisonVector v)
    {
        v.Levels[(int)MatchField.NhsNumber] = a.NhsStatus == NhsNumberCheck.Status.Valid && b.NhsStatus == NhsNumberCheck.Status.Valid
            ? a.NhsNumber == b.NhsNumber ? Identifier.Same : Identifier.Different
            : None;
        v.Levels[(int)MatchField.NationalId] = CompareNationalId(a.NationalId, b.NationalId);
        // Different LAS IDs are no evidence: two case records of one person always have two LAS IDs.
        v.Levels[(int)MatchField.LasId] = CompareExact(a.LasId, b.LasId) == Identifier.Same ? Identifier.Same : None;
        v.Levels[(int)MatchField.DateOfBirth] = CompareDates(a.DateOfBirth, b.DateOfBirth);
        v.Levels[(int)MatchField.Postcode] = CompareAddresses(a, b);
        v.Levels[(int)MatchField.HouseNumber] = CompareExact(a.HouseNumber, b.HouseNumber);
        v.Levels[(int)MatchField.Phone] = a.Phone == 0 || b.Phone == 0 ? None : a.Phone == b.Phone ? Identifier.Same : Identifier.Different;
        v.Levels[(int)MatchField.Email] = CompareExact(a.Email, b.Email);
    }

    /// <summary>Names, street and town, then the look-alike rule (which needs the names); after <see cref="CompareCheapFields"/>.</summary>
    public static void CompareCostlyFields(PreparedRecord a, PreparedRecord b, ref ComparisonVector v)
    {
        CompareNames(a, b, ref v);
        v.Levels[(int)MatchField.Street] = CompareStreets(a.Street, b.Street);
        v.Levels[(int)MatchField.Town] = CompareTowns(a.Town, b.Town);
        v.LookAlike = IsLookAlike(v, a, b);
        v.NamesDisagree = v.Levels[(int)MatchField.GivenName] == Given.Different && v.Levels[(int)MatchField.FamilyName] == Family.Different
            && !NameInTheOtherField(a, b);
        v.DifferentFormerNames = a.FormerFamily is { } aFormer && b.FormerFamily is { } bFormer && CompareFamily(aFormer, bFormer) == Family.Different;
        v.OtherNameElsewhere = v.Levels[(int)MatchField.FamilyName] == Family.Different
            && v.Levels[(int)MatchField.Postcode] is not (Levels.PostalCode.Same or Levels.PostalCode.SameSector or Levels.PostalCode.OneCharacter or Levels.PostalCode.PreviousAddress)
            && !IdentifierAgrees(v);
    }

    private static bool IdentifierAgrees(in ComparisonVector v) =>
        v.Levels[(int)MatchField.NhsNumber] == Identifier.Same || v.Levels[(int)MatchField.LasId] == Identifier.Same
        || v.Levels[(int)MatchField.NationalId] is NationalId.Same or NationalId.OneEdit;

    // Twins, spouses and siblings differ in given name (or have merely similar ones: Joan / Jean, Ian / John at
    // one address); father and son "Jr" differ in birth year, namesakes in birth date (a real duplicate's date
    // slips by a digit or a day/month swap, not to another day of the year). Shared email or phone does not rescue the pair
    // (families share both); a matching NHS number, national id or LAS ID does.
    private static bool IsLookAlike(in ComparisonVector v, PreparedRecord a, PreparedRecord b)
    {
        if (IdentifierAgrees(v))
        {
            return false;
        }

        var given = v.Levels[(int)MatchField.GivenName];
        var family = v.Levels[(int)MatchField.FamilyName];
        var dob = v.Levels[(int)MatchField.DateOfBirth];
        // A sister's maiden name is her brother's family name: a former-name match is a shared family name too.
        var familyAgrees = family is (>= Family.Same and <= Family.Similar) or Family.FormerName;
        var givenAgrees = given is >= Given.Same and <= Given.Similar;
        // Two real names a letter or a sound apart (Francis and Frances, Marie and Maria) are "very similar" too: both in the
        // name table, neither is a slip of the other, so at one address they are two children, unless one spoken name (below).
        var givenLoosely = given is Given.KnownAs or Given.SamePhonetic or Given.Similar or Given.Initial
            || (given == Given.VerySimilar && a.Given is { NicknameId: >= 0 } && b.Given is { NicknameId: >= 0 });
        // A twin or spouse still living where the other lived before is of one household too.
        var sameHousehold = v.Levels[(int)MatchField.Postcode] is Levels.PostalCode.Same or Levels.PostalCode.PreviousAddress
            || v.Levels[(int)MatchField.Phone] == Identifier.Same;
        // Parents do not give twins two forms of one name (Elizabeth and Betty): a short form with the same birth date,
        // or one a slip away, is one person recorded twice. Born years apart it is still a father and son.
        var oneNameOneBirthday = given == Given.KnownAs && dob is Dob.Same or Dob.DayMonthSwapped or Dob.OneDigit && OneNameWrittenTwoWays(a, b);
        // A boy's and a girl's form of one name (Paul and Paula) are twins, however close the spelling and however few
        // on record carry the girl's form.
        var brotherAndSister = BrotherAndSisterNames(a, b);
        var givenNameMistyped = !brotherAndSister && dob is Dob.Same or Dob.DayMonthSwapped or Dob.OneDigit && GivenNameMistyped(a, b);
        // Nor two spellings of one spoken name (Jon and John, Steven and Stephen, Catherine and Katherine) to twins.
        var oneNameSpeltTwoWays = !brotherAndSister && dob is Dob.Same or Dob.DayMonthSwapped or Dob.OneDigit && GivenNamesSpokenAlike(a, b);
        return familyAgrees && !givenNameMistyped && !oneNameSpeltTwoWays && (given == Given.Different || brotherAndSister || (givenAgrees && dob is Dob.SameYear or Dob.Different) || (givenLoosely && sameHousehold && !oneNameOneBirthday));
    }

    // The endings English makes a girl's name from a boy's: Paul/Paula, Louis/Louise, Daniel/Danielle, Justin/Justine,
    // Georg/Georgina, Henri/Henriette. One name written two ways that happens to fit (Lynn/Lynne, Jan/Jane) is held
    // for a person to decide as well: the safe way to be wrong.
    private static readonly string[] GirlsEndings = ["a", "e", "le", "ine", "ina", "ette"];

    private static bool BrotherAndSisterNames(PreparedRecord a, PreparedRecord b) =>
        a.Given is { } x && b.Given is { } y && (IsGirlsFormOf(x.Text, y.Text) || IsGirlsFormOf(y.Text, x.Text));

    private static bool IsGirlsFormOf(string girl, string boy) =>
        boy.Length >= 3 && girl.Length > boy.Length && girl.StartsWith(boy, StringComparison.Ordinal)
        && GirlsEndings.Contains(girl[boy.Length..], StringComparer.Ordinal);

    /// <summary>How many records of the index must carry a given name before a one-letter slip of it is taken for a typo.</summary>
    internal const int CommonGivenNameUses = 5;

    // Twins are given two names; "Mayr" and "Jezn" are nobody's name. A given name one slip (a letter wrong, missing, extra or
    // swapped) from a name that several records of the index carry, which no other record carries and the name table does not
    // list, is that name mistyped: one person recorded twice, not a twin. Real names one letter apart (Jean and Joan, Sean and
    // Sian, Paul and Paula) stay look-alikes: the table lists them or other records carry them. Outside an index (no counts) never.
    private static bool GivenNameMistyped(PreparedRecord a, PreparedRecord b) =>
        a.Given is { } x && b.Given is { } y && StringSimilarity.WithinOneEdit(x.Text, y.Text) && (IsSlipOf(x, y) || IsSlipOf(y, x));

    private static bool IsSlipOf(NameToken slip, NameToken name) =>
        name.Text.Length >= 4 && slip.NicknameId < 0 && slip.GivenUses <= 1 && name.GivenUses >= CommonGivenNameUses;

    private static bool GivenNamesSpokenAlike(PreparedRecord a, PreparedRecord b) =>
        a.Given is { } x && b.Given is { } y && NameSpelling.SpokenAlike(x.Text, y.Text);

    private static bool OneNameWrittenTwoWays(PreparedRecord a, PreparedRecord b) =>
        IsShortForm(a.Given, b.Given) || IsShortForm(a.Given, b.KnownAs) || IsShortForm(a.KnownAs, b.Given) || IsShortForm(a.KnownAs, b.KnownAs);

    private static bool IsShortForm(NameToken? a, NameToken? b) =>
        a is not null && b is not null && BritishNicknames.IsShortForm(a.Words[0], b.Words[0]);

    // A half swap: one record's given name is the other's family name (or the reverse) and the other name was mistyped
    // or left out, so the swap rule could not pair both. The same person, so not "both names differ".
    private static bool NameInTheOtherField(PreparedRecord a, PreparedRecord b) =>
        (a.Given is { } aGiven && b.Family is { } bFamily && CompareFamily(aGiven, bFamily) <= Family.Similar)
        || (a.Family is { } aFamily && b.Given is { } bGiven && CompareFamily(aFamily, bGiven) <= Family.Similar);

    private static byte CompareExact(string? a, string? b) =>
        a is null || b is null ? None : string.Equals(a, b, StringComparison.Ordinal) ? Identifier.Same : Identifier.Different;

    private static byte CompareNationalId(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return None;
        }

        return a == b ? NationalId.Same : StringSimilarity.WithinOneEdit(a, b) ? NationalId.OneEdit : NationalId.Different;
    }

    private static void CompareNames(PreparedRecord a, PreparedRecord b, ref ComparisonVector v)
    {
        var given = BestGiven(a.Given, a.KnownAs, b.Given, b.KnownAs);
        var family = a.Family is null || b.Family is null ? None : CompareFamily(a.Family, b.Family);
        if (family == Family.Different && FormerFamilyMatch(a, b) is not null)
        {
            family = Family.FormerName;
        }

        v.Levels[(int)MatchField.GivenName] = given;
        v.Levels[(int)MatchField.FamilyName] = family;

        // Only look for a swap when the straight reading disagrees somewhere; it is rare and costs two comparisons.
        if (given is not (Given.Different or None) && family is not (Family.Different or None))
        {
            return;
        }

        if (a.Given is null || a.Family is null || b.Given is null || b.Family is null)
        {
            return;
        }

        // Either record may be the swapped one, so a's given name is read against b's family name once as a given name and
        // once as a family name, and the better reading kept: the levels must not depend on which record is the query
        // (a dedupe compares each pair one way round only; "Desllva Jasper" and "Jasper Desilva" were a look-alike one way
        // and one person the other).
        var swappedGiven = CompareGiven(a.Given, b.Family);
        var swappedFamily = CompareFamily(a.Family, b.Given);
        var otherGiven = CompareGiven(a.Family, b.Given);
        var otherFamily = CompareFamily(a.Given, b.Family);
        var otherWay = Badness(otherGiven, otherFamily) is var other && (other < Badness(swappedGiven, swappedFamily)
            || (other == Badness(swappedGiven, swappedFamily) && otherGiven < swappedGiven));
        if (otherWay)
        {
            (swappedGiven, swappedFamily) = (otherGiven, otherFamily);
        }

        if (swappedGiven <= Given.Similar && swappedFamily <= Family.Similar && Badness(swappedGiven, swappedFamily) < Badness(given, family))
        {
            v.Levels[(int)MatchField.GivenName] = swappedGiven;
            v.Levels[(int)MatchField.FamilyName] = swappedFamily;
            v.NamesSwapped = true;
            v.SwapReadOtherWay = otherWay;
        }
    }

    /// <summary>
    /// Which record's former family name (a maiden name) is, or is very like, the other's family name now: its
    /// former name, the other's current one and its own current one, for the explanation; null when neither.
    /// </summary>
    internal static (NameToken Former, NameToken Other, NameToken? Now)? FormerFamilyMatch(PreparedRecord a, PreparedRecord b)
    {
        if (a.FormerFamily is { } aFormer && b.Family is { } bFamily && CompareFamily(aFormer, bFamily) <= Family.VerySimilar)
        {
            return (aFormer, bFamily, a.Family);
        }

        if (b.FormerFamily is { } bFormer && a.Family is { } aFamily && CompareFamily(bFormer, aFamily) <= Family.VerySimilar)
        {
            return (bFormer, aFamily, b.Family);
        }

        return null;
    }

    private static int Badness(byte given, byte family) =>
        (given == None ? Given.Different : given) + (family == None ? Family.Different : family);

    private static byte BestGiven(NameToken? a, NameToken? aKnownAs, NameToken? b, NameToken? bKnownAs)
    {
        var best = None;
        Consider(a, b);
        Consider(a, bKnownAs);
        Consider(aKnownAs, b);
        Consider(aKnownAs, bKnownAs);
        return best;

        void Consider(NameToken? x, NameToken? y)
        {
            if (x is not null && y is not null)
            {
                var level = CompareGiven(x, y);
                if (best == None || level < best)
                {
                    best = level;
                }
            }
        }
    }

    internal static byte CompareGiven(NameToken a, NameToken b)
    {
        if (ReferenceEquals(a, b) || a.Text == b.Text)
        {
            return Given.Same;
        }

        if (a.IsInitial || b.IsInitial)
        {
            return a.Text[0] == b.Text[0] ? Given.Initial : Given.Different;
        }

        if (a.NicknameEquivalents is { } equivalents && b.NicknameId >= 0 && NicknameTable.Contains(equivalents, b.NicknameId))
        {
            return Given.KnownAs;
        }

        var similarity = StringSimilarity.JaroWinkler(a.Text, b.Text);
        if (similarity >= VerySimilarName)
        {
            return Given.VerySimilar;
        }

        if (a.Phonetic.Length > 0 && a.Phonetic == b.Phonetic)
        {
            return Given.SamePhonetic;
        }

        return similarity >= SimilarName || IsAdjacentTransposition(a.Text, b.Text) ? Given.Similar : Given.Different;
    }

    internal static byte CompareFamily(NameToken a, NameToken b)
    {
        if (ReferenceEquals(a, b) || a.Text == b.Text)
        {
            return Family.Same;
        }

        if ((a.Words.Length > 1 || b.Words.Length > 1) && ShareWord(a.Words, b.Words, minLength: 2))
        {
            return Family.SharedPart;
        }

        var similarity = StringSimilarity.JaroWinkler(a.Text, b.Text);
        if (similarity >= VerySimilarName)
        {
            return Family.VerySimilar;
        }

        if (a.Phonetic.Length > 0 && a.Phonetic == b.Phonetic)
        {
            return Family.SamePhonetic;
        }

        return similarity >= SimilarName || IsAdjacentTransposition(a.Text, b.Text) ? Family.Similar : Family.Different;
    }

    // Two neighbouring letters typed in the wrong order (Ben / Bne, Lee / Lle). Jaro–Winkler only finds transpositions
    // within its matching window, which is no letter at all in a three-letter name, so a short name's slip scored as a
    // different name (and, with the family name replaced too, as a stranger).
    internal static bool IsAdjacentTransposition(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 3)
        {
            return false;
        }

        var i = ((ReadOnlySpan<char>)a).CommonPrefixLength(b);
        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }

    internal static byte CompareDates(PartialDate a, PartialDate b)
    {
        if (!a.HasAnyPart || !b.HasAnyPart)
        {
            return None;
        }

        if (a.IsComplete && b.IsComplete)
        {
            if (a.Year == b.Year && a.Month == b.Month && a.Day == b.Day)
            {
                // Two identical impossible dates are weaker evidence than a real one.
                return a.IsCalendarDate ? Dob.Same : Dob.SameYearMonth;
            }

            if (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month)
            {
                return Dob.DayMonthSwapped;
            }

            // A day out is the same kind of slip as a digit out, and the same level: the model learns one weight for both.
            if (a.IsOneDigitSlipFrom(b) || a.IsOneDayFrom(b))
            {
                return Dob.OneDigit;
            }
        }

        if (a.Year == 0 || b.Year == 0)
        {
            // Without both years the remaining parts say little; month and day alone agree by chance too often.
            return None;
        }

        if (a.Year != b.Year)
        {
            return Dob.Different;
        }

        return a.Month != 0 && a.Month == b.Month ? Dob.SameYearMonth : Dob.SameYear;
    }

    /// <summary>
    /// The postcodes compared; where they are not close (or one is missing), whether one record's address is one the other
    /// record says the person lived at before.
    /// </summary>
    internal static byte CompareAddresses(PreparedRecord a, PreparedRecord b)
    {
        var level = ComparePostcodes(a.Postcode, b.Postcode);
        return level is None or Levels.PostalCode.Different or Levels.PostalCode.SameDistrict
            && (LivesWhereTheOtherLived(a, b.PreviousAddresses) || LivesWhereTheOtherLived(b, a.PreviousAddresses))
            ? Levels.PostalCode.PreviousAddress
            : level;
    }

    /// <summary>Whether <paramref name="now"/>'s address is among <paramref name="before"/>: the same postcode, and the same house number where both give one.</summary>
    internal static bool LivesWhereTheOtherLived(PreparedRecord now, PreparedAddress[]? before)
    {
        if (before is null || now.Postcode is not { } postcode)
        {
            return false;
        }

        foreach (var address in before)
        {
            if ((ReferenceEquals(address.Postcode, postcode) || address.Postcode.Full == postcode.Full)
                && (address.HouseNumber is null || now.HouseNumber is null || address.HouseNumber == now.HouseNumber))
            {
                return true;
            }
        }

        return false;
    }

    internal static byte ComparePostcodes(Postcode? a, Postcode? b)
    {
        if (a is null || b is null)
        {
            return None;
        }

        if (ReferenceEquals(a, b) || a.Full == b.Full)
        {
            return Levels.PostalCode.Same;
        }

        if (a.IsUk && b.IsUk && a.SectorSpan.SequenceEqual(b.SectorSpan))
        {
            return Levels.PostalCode.SameSector;
        }

        if (StringSimilarity.WithinOneEdit(a.Full, b.Full))
        {
            return Levels.PostalCode.OneCharacter;
        }

        return a.IsUk && b.IsUk && a.DistrictSpan.SequenceEqual(b.DistrictSpan) ? Levels.PostalCode.SameDistrict : Levels.PostalCode.Different;
    }

    private static byte CompareStreets(NameToken? a, NameToken? b)
    {
        if (a is null || b is null)
        {
            return None;
        }

        if (ReferenceEquals(a, b) || a.Text == b.Text)
        {
            return Street.Same;
        }

        if (StringSimilarity.JaroWinkler(a.Text, b.Text) >= VerySimilarStreet)
        {
            return Street.VerySimilar;
        }

        return ShareWord(a.Words, b.Words, minLength: 4, skipStreetTypes: true) ? Street.SharedWord : Street.Different;
    }

    private static byte CompareTowns(NameToken? a, NameToken? b)
    {
        if (a is null || b is null)
        {
            return None;
        }

        if (ReferenceEquals(a, b) || a.Text == b.Text)
        {
            return Town.Same;
        }

        return StringSimilarity.JaroWinkler(a.Text, b.Text) >= SimilarTown ? Town.Similar : Town.Different;
    }

    private static bool ShareWord(string[] a, string[] b, int minLength, bool skipStreetTypes = false)
    {
        foreach (var x in a)
        {
            if (x.Length < minLength || (skipStreetTypes && IsStreetType(x)))
            {
                continue;
            }

            foreach (var y in b)
            {
                if (x == y)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsStreetType(string word) => word is "street" or "road" or "lane" or "avenue" or "close" or "drive"
        or "court" or "place" or "crescent" or "gardens" or "terrace" or "way" or "grove" or "square" or "park" or "circuit"
        or "flat" or "house" or "village" or "estate";
}
