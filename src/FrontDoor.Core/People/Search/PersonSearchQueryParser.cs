using System.Globalization;
using System.Text.RegularExpressions;
using FrontDoor.Matching;

namespace FrontDoor.Core.People.Search;

/// <summary>
/// Reads free text the way an advisor types it on a call: any mix of name, date of birth, postcode, NHS number,
/// LAS ID, phone and email, in any order. Never throws; anything it cannot use is listed as ignored with a reason.
/// </summary>
public static partial class PersonSearchQueryParser
{
    private const string QueryRecordId = "person-search";
    private const int MaxShownLength = 40;

    // As a record's date of birth may be: a year older than this is not a birth year but an id.
    private const int MaxAgeYears = 125;

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // Words advisors type around the values ("born 2/3/1948", "NHS no 943…"); they carry no evidence themselves.
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "born", "dob", "d.o.b", "nhs", "no", "number", "postcode", "post", "code", "phone", "tel", "telephone", "mobile",
        "las", "id", "email", "name", "and", "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "lady",
    };

    /// <param name="caseSystemIdLengthInUse">
    /// Whether case-system ids of a given length of digits exist; a four-digit number that could be a year of birth
    /// ("Smith 1937") is also tried as an id only then. Null when nobody knows: it is then a year only.
    /// </param>
    public static PersonSearchQuery Parse(string? text, DateOnly today, Func<int, bool>? caseSystemIdLengthInUse = null)
    {
        var understood = new List<string>();
        var ignored = new List<string>();
        var raw = text ?? string.Empty;
        if (raw.Length > PersonSearchQuery.MaxLength)
        {
            ignored.Add($"everything after the first {PersonSearchQuery.MaxLength} characters");
            raw = raw[..PersonSearchQuery.MaxLength];
        }

        var tokens = Tokenise(raw);
        var reader = new Reader(tokens, today, understood, ignored, caseSystemIdLengthInUse ?? (_ => false));
        reader.ReadDates();
        reader.ReadPostcodes();
        reader.ReadNumbers();
        reader.ReadEmailsAndIdentifiers();
        reader.ReadNames(familyNameFirst: FamilyNameFirst().IsMatch(raw));
        reader.ReportLeftovers();

        var record = new PersonRecord(QueryRecordId)
        {
            GivenName = reader.GivenName,
            FamilyName = reader.FamilyName,
            DateOfBirth = reader.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            NhsNumber = reader.NhsNumber?.Value,
            LasId = reader.LasId,
            Postcode = reader.Postcode?.Value,
            Phone = reader.Phone?.Value,
            Email = reader.Email,
        };
        return new PersonSearchQuery(raw.Trim(), record, understood, ignored)
        {
            PostcodeDistrict = reader.PostcodeDistrict,
            BirthYear = reader.DateOfBirth is null ? reader.BirthYear : null,
        };
    }

    /// <summary>"2 March 1948" for what was understood.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static List<Token> Tokenise(string text)
    {
        var tokens = new List<Token>();
        foreach (var part in text.Split([' ', '\t', '\r', '\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(new Token(part));
        }

        return tokens;
    }

    private static string Shown(string value) => value.Length <= MaxShownLength ? value : string.Concat(value.AsSpan(0, MaxShownLength), "…");

    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    private sealed class Token(string text)
    {
        public string Text { get; } = text;

        public bool Used { get; set; }

        public bool IsNumeric => Text.Length > 0 && Text.All(c => char.IsAsciiDigit(c) || c is '-' or '+') && Text.Any(char.IsAsciiDigit);
    }

    private sealed class Reader(List<Token> tokens, DateOnly today, List<string> understood, List<string> ignored, Func<int, bool> caseSystemIdLengthInUse)
    {
        /// <summary>A year on its own that could be when they were born ("Smith 1937").</summary>
        public int? BirthYear { get; private set; }

        public string? GivenName { get; private set; }

        public string? FamilyName { get; private set; }

        public DateOnly? DateOfBirth { get; private set; }

        public NhsNumber? NhsNumber { get; private set; }

        public string? LasId { get; private set; }

        public UkPostcode? Postcode { get; private set; }

        public string? PostcodeDistrict { get; private set; }

        public PhoneNumber? Phone { get; private set; }

        public string? Email { get; private set; }

        public void ReadDates()
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Used)
                {
                    continue;
                }

                // "2 March 1948", "2nd Mar 1948", "March 2 1948"
                if (i + 2 < tokens.Count && !tokens[i + 1].Used && !tokens[i + 2].Used)
                {
                    var (a, b, c) = (tokens[i].Text, tokens[i + 1].Text, tokens[i + 2].Text);
                    if ((TryDay(a, out var day) && TryMonth(b, out var month) && TryYear(c, out var year))
                        || (TryMonth(a, out month) && TryDay(b, out day) && TryYear(c, out year)))
                    {
                        TakeDate(year, month, day, $"{a} {b} {c}", i, i + 1, i + 2);
                        continue;
                    }
                }

                var text = tokens[i].Text;
                var match = NumericDate().Match(text);
                if (match.Success)
                {
                    _ = TryYear(match.Groups["y"].Value, out var year);
                    TakeDate(year, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), text, i);
                    continue;
                }

                match = IsoDate().Match(text);
                if (match.Success)
                {
                    TakeDate(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), text, i);
                    continue;
                }

                match = WordDate().Match(text);
                if (match.Success && TryDay(match.Groups["d"].Value, out var wordDay) && TryMonth(match.Groups["m"].Value, out var wordMonth) && TryYear(match.Groups["y"].Value, out var wordYear))
                {
                    TakeDate(wordYear, wordMonth, wordDay, text, i);
                }
            }
        }

        public void ReadPostcodes()
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Used)
                {
                    continue;
                }

                var text = tokens[i].Text;
                if (i + 1 < tokens.Count && !tokens[i + 1].Used && Outward().IsMatch(text) && Inward().IsMatch(tokens[i + 1].Text)
                    && UkPostcode.TryParse(text + tokens[i + 1].Text, out var pair, out _))
                {
                    TakePostcode(pair, i, i + 1);
                }
                else if (text.Length is >= 5 and <= 8 && text.Any(char.IsAsciiLetter) && UkPostcode.TryParse(text, out var single, out _))
                {
                    TakePostcode(single, i);
                }
                else if (Outward().IsMatch(text))
                {
                    tokens[i].Used = true;
                    var district = text.ToUpperInvariant();
                    if (Postcode is null && PostcodeDistrict is null)
                    {
                        PostcodeDistrict = district;
                        understood.Add($"postcode district {district}");
                    }
                    else
                    {
                        ignored.Add($"{district} (only one postcode is searched)");
                    }
                }
            }
        }

        /// <summary>NHS numbers (10 digits, often typed 3-3-4) and phone numbers (starting 0 or +44), which may span tokens.</summary>
        public void ReadNumbers()
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Used || !tokens[i].IsNumeric)
                {
                    continue;
                }

                var run = 1;
                while (run < 4 && i + run < tokens.Count && !tokens[i + run].Used && tokens[i + run].IsNumeric)
                {
                    run++;
                }

                // Longest reading first, so "943 476 5919" is one NHS number, not three fragments.
                for (var length = run; length >= 1; length--)
                {
                    var parts = tokens.GetRange(i, length).Select(t => t.Text).ToList();
                    var joined = string.Join(' ', parts);
                    var digits = Digits(joined);
                    var looksLikePhone = joined.StartsWith('0') || joined.StartsWith('+');
                    if (looksLikePhone && digits.Length is >= 10 and <= 13 && !global::FrontDoor.Core.People.NhsNumber.IsValid(digits)
                        && global::FrontDoor.Core.People.PhoneNumber.TryParse(joined, out var phone, out _))
                    {
                        Use(i, length);
                        if (Phone is null)
                        {
                            Phone = phone;
                            understood.Add($"phone {phone.National}");
                        }
                        else
                        {
                            ignored.Add($"phone {Shown(joined)} (only one phone number is searched)");
                        }

                        break;
                    }

                    if (digits.Length == 10 && (length == 1 || parts.Select(p => Digits(p).Length).SequenceEqual([3, 3, 4])))
                    {
                        Use(i, length);
                        var spaced = $"{digits[..3]} {digits[3..6]} {digits[6..]}";
                        if (!global::FrontDoor.Core.People.NhsNumber.TryParse(digits, out var nhs, out _))
                        {
                            ignored.Add($"NHS number {spaced} (the check digit is wrong, so it is not a real NHS number)");
                        }
                        else if (NhsNumber is null)
                        {
                            NhsNumber = nhs;
                            understood.Add($"NHS number {nhs.Formatted}");
                        }
                        else
                        {
                            ignored.Add($"NHS number {nhs.Formatted} (only one NHS number is searched)");
                        }

                        break;
                    }

                    if (length == 1 && digits.Length == 4 && digits.Length == joined.Length && BirthYear is null
                        && int.Parse(digits, CultureInfo.InvariantCulture) is var year && year >= today.Year - MaxAgeYears && year <= today.Year)
                    {
                        Use(i, 1);
                        BirthYear = year;
                        understood.Add($"born in {year}");
                        if (caseSystemIdLengthInUse(digits.Length))
                        {
                            TakeLasId(digits);
                        }

                        break;
                    }

                    if (length == 1 && digits.Length is >= 4 and <= Person.MaxLasIdLength && digits.Length == joined.Length)
                    {
                        Use(i, 1);
                        TakeLasId(digits);
                        break;
                    }
                }
            }
        }

        public void ReadEmailsAndIdentifiers()
        {
            foreach (var token in tokens.Where(t => !t.Used))
            {
                var text = token.Text;
                if (text.Contains('@', StringComparison.Ordinal) && text.Length <= Person.MaxEmailLength && EmailShape().IsMatch(text))
                {
                    token.Used = true;
                    if (Email is null)
                    {
                        Email = text;
                        understood.Add($"email {text}");
                    }
                    else
                    {
                        ignored.Add($"{Shown(text)} (only one email address is searched)");
                    }
                }
                else if (text.Length <= Person.MaxLasIdLength && text.All(char.IsAsciiLetterOrDigit) && text.Any(char.IsAsciiDigit) && text.Any(char.IsAsciiLetter))
                {
                    token.Used = true;
                    TakeLasId(text.ToUpperInvariant());
                }
            }
        }

        public void ReadNames(bool familyNameFirst)
        {
            var words = new List<string>();
            foreach (var token in tokens.Where(t => !t.Used))
            {
                var word = token.Text.TrimEnd('.');
                if (LabelWords.Contains(word) || LabelWords.Contains(token.Text))
                {
                    token.Used = true;
                }
                else if (word.Length is > 0 and <= PersonName.MaxLength && NameWord().IsMatch(word))
                {
                    token.Used = true;
                    words.Add(word);
                }
            }

            if (words.Count == 0)
            {
                return;
            }

            if (words.Count == 1)
            {
                FamilyName = words[0];
            }
            else if (familyNameFirst)
            {
                // "Smith, Bill": the way case systems list people.
                FamilyName = words[0];
                GivenName = words[1];
            }
            else
            {
                GivenName = words[0];
                FamilyName = words[^1];
            }

            understood.Add($"name: {string.Join(' ', words)}");
        }

        public void ReportLeftovers()
        {
            foreach (var token in tokens.Where(t => !t.Used))
            {
                ignored.Add($"{Shown(token.Text)} (not a name, date of birth, postcode or number we recognise)");
            }
        }

        private void TakeDate(int year, int month, int day, string typed, params int[] used)
        {
            foreach (var index in used)
            {
                tokens[index].Used = true;
            }

            if (year == 0 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                ignored.Add($"{Shown(typed)} (not a real date, so date of birth was not searched)");
                return;
            }

            var date = new DateOnly(year, month, day);
            if (date > today)
            {
                ignored.Add($"{Shown(typed)} (a date of birth cannot be in the future)");
            }
            else if (DateOfBirth is not null)
            {
                ignored.Add($"{Shown(typed)} (only one date of birth is searched)");
            }
            else
            {
                DateOfBirth = date;
                understood.Add($"date of birth {LongDate(date)}");
            }
        }

        private void TakePostcode(UkPostcode postcode, params int[] used)
        {
            foreach (var index in used)
            {
                tokens[index].Used = true;
            }

            if (Postcode is null && PostcodeDistrict is null)
            {
                Postcode = postcode;
                understood.Add($"postcode {postcode.Value}");
            }
            else
            {
                ignored.Add($"{postcode.Value} (only one postcode is searched)");
            }
        }

        private void TakeLasId(string lasId)
        {
            if (LasId is null)
            {
                LasId = lasId;
                understood.Add($"LAS ID {lasId}");
            }
            else
            {
                ignored.Add($"{Shown(lasId)} (only one LAS ID is searched)");
            }
        }

        private void Use(int start, int length)
        {
            for (var i = start; i < start + length; i++)
            {
                tokens[i].Used = true;
            }
        }

        private static bool TryDay(string text, out int day)
        {
            var match = DayOfMonth().Match(text);
            day = match.Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
            return match.Success && day is >= 1 and <= 31;
        }

        private static bool TryMonth(string text, out int month)
        {
            var word = text.TrimEnd('.').ToLowerInvariant();
            month = 0;
            if (word.Length < 3)
            {
                return false;
            }

            for (var i = 0; i < MonthNames.Length; i++)
            {
                // "Mar", "March" and "Sept" all name a month; "Ma" does not.
                if (MonthNames[i].StartsWith(word, StringComparison.Ordinal))
                {
                    month = i + 1;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Four digits, or two read as the most recent year not in the future (a birth year).</summary>
        private bool TryYear(string text, out int year)
        {
            year = 0;
            if (text.Length == 4 && text.All(char.IsAsciiDigit))
            {
                year = int.Parse(text, CultureInfo.InvariantCulture);
                return year is >= 1000 and <= 9999;
            }

            if (text.Length == 2 && text.All(char.IsAsciiDigit))
            {
                var twoDigits = int.Parse(text, CultureInfo.InvariantCulture);
                var century = today.Year / 100 * 100;
                year = century + twoDigits > today.Year ? century - 100 + twoDigits : century + twoDigits;
                return true;
            }

            return false;
        }
    }

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<d>\d{1,2}(?:st|nd|rd|th)?)[\-/.](?<m>[A-Za-z]{3,9})[\-/.](?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"^[A-Za-z]{1,2}\d[A-Za-z\d]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Outward();

    [GeneratedRegex(@"^\d[A-Za-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Inward();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailShape();

    // Letters in any script, with the apostrophes and hyphens of O'Brien and Smith-Jones.
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}'’\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    // A single word then a comma, then more: "Smith, Bill".
    [GeneratedRegex(@"^\s*\p{L}[\p{L}\p{M}'’\-]*\s*,\s*\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyNameFirst();
}
