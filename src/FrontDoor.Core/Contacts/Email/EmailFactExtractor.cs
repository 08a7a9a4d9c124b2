using System.Globalization;
using System.Text.RegularExpressions;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>The facts about a person an email can give, each read with its own confidence.</summary>
public enum ExtractedFact
{
    Name,
    DateOfBirth,
    NhsNumber,
    Address,
    Postcode,
    Phone,
}

/// <summary>
/// How sure the reading is: High when the sender labelled it ("DOB:", a table's label cell) or it proves itself
/// (a Modulus-11-valid NHS number); Medium when prose anchors it (a date beside the name, "my aunt …");
/// Low when it was only found somewhere in the text.
/// </summary>
public enum FactConfidence
{
    Low,
    Medium,
    High,
}

/// <summary>What an email's text said about the person, where it said it. Shown later as "what the email said".</summary>
public sealed record EmailFacts(ReportedPerson Person, IReadOnlyList<string> IncidentTypes)
{
    public static EmailFacts None { get; } = new(ReportedPerson.Empty, []);

    public IReadOnlyDictionary<ExtractedFact, FactConfidence> Confidence { get; init; } = new Dictionary<ExtractedFact, FactConfidence>();

    public FactConfidence? ConfidenceOf(ExtractedFact fact) => Confidence.TryGetValue(fact, out var confidence) ? confidence : null;

    /// <summary>The confidences as stored with the contact: "Name=High;DateOfBirth=Medium".</summary>
    public string? ConfidenceText => Confidence.Count == 0 ? null : string.Join(';', Confidence.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));

    /// <summary>Reads <see cref="ConfidenceText"/> back; parts it does not know are skipped, never thrown on.</summary>
    public static IReadOnlyDictionary<ExtractedFact, FactConfidence> ParseConfidence(string? text)
    {
        var confidence = new Dictionary<ExtractedFact, FactConfidence>();
        foreach (var part in (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('=', 2);
            if (pieces.Length == 2 && Enum.TryParse<ExtractedFact>(pieces[0], out var fact) && Enum.TryParse<FactConfidence>(pieces[1], out var level)
                && Enum.IsDefined(fact) && Enum.IsDefined(level))
            {
                confidence[fact] = level;
            }
        }

        return confidence;
    }
}

/// <summary>
/// Reads the facts partners put in referral emails: labelled lines and table rows ("Name:", "DOB | …",
/// "NHS No - …") first, then the few patterns safe to find in prose (a date after "DOB" or "born", a
/// Modulus-11-valid NHS number, an address after "lives at", a postcode). Sign-offs are skipped: they hold the
/// sender's details. It fills gaps only; a wrong guess costs an advisor more than a blank, so unlabelled names
/// are taken only when a date of birth or NHS number follows them or the writer names the relationship ("my aunt
/// …"). Each fact carries a confidence. Never throws: any text in, some facts (or none) out.
/// </summary>
public static partial class EmailFactExtractor
{
    /// <summary>Referral facts sit near the top; reading further only finds signatures and quoted threads.</summary>
    public const int MaxTextLength = 100_000;

    private const int Timeout = 200;

    private enum Label
    {
        FullName,
        GivenName,
        FamilyName,
        KnownAs,
        FormerFamilyName,
        DateOfBirth,
        NhsNumber,
        LasId,
        Address,
        Postcode,
        Phone,
        Email,
    }

    private static readonly Dictionary<string, Label> Labels = new(StringComparer.Ordinal)
    {
        ["name"] = Label.FullName, ["full name"] = Label.FullName, ["patient"] = Label.FullName, ["patient name"] = Label.FullName,
        ["patients name"] = Label.FullName, ["client"] = Label.FullName, ["client name"] = Label.FullName, ["service user"] = Label.FullName,
        ["person"] = Label.FullName, ["name of person"] = Label.FullName, ["persons name"] = Label.FullName, ["adult"] = Label.FullName,
        ["adult at risk"] = Label.FullName, ["adults name"] = Label.FullName, ["subject name"] = Label.FullName, ["name of adult"] = Label.FullName,
        ["surname"] = Label.FamilyName, ["family name"] = Label.FamilyName, ["last name"] = Label.FamilyName,
        ["forename"] = Label.GivenName, ["forenames"] = Label.GivenName, ["first name"] = Label.GivenName, ["first names"] = Label.GivenName, ["given name"] = Label.GivenName,
        ["known as"] = Label.KnownAs, ["preferred name"] = Label.KnownAs,
        ["maiden name"] = Label.FormerFamilyName, ["nee"] = Label.FormerFamilyName, ["previous surname"] = Label.FormerFamilyName,
        ["previous family name"] = Label.FormerFamilyName, ["previous last name"] = Label.FormerFamilyName, ["former surname"] = Label.FormerFamilyName,
        ["former name"] = Label.FormerFamilyName, ["birth surname"] = Label.FormerFamilyName,
        ["dob"] = Label.DateOfBirth, ["date of birth"] = Label.DateOfBirth, ["born"] = Label.DateOfBirth, ["birth date"] = Label.DateOfBirth,
        ["nhs"] = Label.NhsNumber, ["nhs no"] = Label.NhsNumber, ["nhs number"] = Label.NhsNumber, ["nhs num"] = Label.NhsNumber,
        ["las id"] = Label.LasId, ["las"] = Label.LasId, ["las number"] = Label.LasId, ["las no"] = Label.LasId,
        ["address"] = Label.Address, ["home address"] = Label.Address, ["current address"] = Label.Address, ["address of person"] = Label.Address,
        ["postcode"] = Label.Postcode, ["post code"] = Label.Postcode,
        ["tel"] = Label.Phone, ["tel no"] = Label.Phone, ["telephone"] = Label.Phone, ["telephone number"] = Label.Phone, ["phone"] = Label.Phone,
        ["phone number"] = Label.Phone, ["mobile"] = Label.Phone, ["contact number"] = Label.Phone,
        ["email"] = Label.Email, ["e-mail"] = Label.Email, ["email address"] = Label.Email,
    };

    // Capitalised words that start sentences and headings before a name ("Patient Ada Example (…)"), never part of it.
    private static readonly HashSet<string> NotNameStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "re", "dear", "regarding", "about", "concerning", "patient", "client", "service", "user",
        "resident", "name", "we", "our", "the", "this", "today", "yesterday", "attended", "crew", "please", "referral", "for", "hi", "hello",
        "just", "update", "adult", "concern", "discharge", "ward", "bed", "seen", "reviewed", "visited", "also", "note", "sadly", "on",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "subject", "fw", "fwd", "urgent", "new", "safeguarding",
        "ambulance", "police", "hospital", "gp", "nhs", "dob", "born", "at", "in", "and", "with", "to", "of", "i", "a", "an",
    };

    // Words that end a name written in lower case after "my aunt …": what people write next is a verb or a pronoun.
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "has", "had", "have", "who", "she", "he", "they", "and", "but", "lives", "lived", "living", "keeps", "can", "cannot", "can't",
        "does", "doesn't", "isn't", "hasn't", "won't", "will", "needs", "fell", "at", "in", "on", "of", "to", "the", "a", "an", "from",
        "today", "yesterday", "again", "now", "not", "since", "because", "so", "born", "aged", "age", "dob", "nhs", "seems", "seemed", "said",
        "says", "told", "been", "being", "would", "could", "should", "might", "may", "must", "also", "still", "just", "really", "very", "please",
        "with", "for", "about", "her", "his", "their", "them", "him", "it", "that", "this", "there", "here", "when", "where", "while", "after",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "miss", "mx", "dr", "master", "sir", "dame", "rev", "prof" };

    private static readonly (string Type, Regex Pattern)[] IncidentPatterns =
    [
        ("fall", new Regex(@"\b(fall|falls|fell|fallen|found on (the )?floor|unable to get up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(Timeout))),
        ("self-neglect", new Regex(@"\b(self[\s-]?neglect\w*|hoard\w*|not eating|not been eating|living in squalor|unkempt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(Timeout))),
        ("financial abuse", new Regex(@"\b(financial(ly)? (abuse|exploit\w*)|scam(med|s)?|money (taken|stolen)|cuckoo\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(Timeout))),
        ("carer strain", new Regex(@"\b(carer (strain|stress|breakdown|burnout|not coping|exhausted|struggling)|struggling to care|no longer (able|coping) to care)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(Timeout))),
        ("discharge", new Regex(@"\b(discharg(e|ed|ing)|hospital discharge)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(Timeout))),
        ("concern for welfare", new Regex(@"\b(concern for (the )?welfare|welfare (check|concern)|adult concern|safe and well)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(Timeout))),
        ("domestic abuse", new Regex(@"\b(domestic (abuse|violence|incident))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(Timeout))),
        ("physical abuse", new Regex(@"\b(physical(ly)? abuse\w*|assault(ed)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(Timeout))),
        ("mental health crisis", new Regex(@"\b(mental health crisis|suicid\w*|overdose)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(Timeout))),
    ];

    public static EmailFacts Extract(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return EmailFacts.None;
        }

        var body = text.Length <= MaxTextLength ? text : text[..MaxTextLength];
        try
        {
            // Sign-offs hold the sender's name, phone and address, never the person's: they are not read.
            var story = WithoutSignatures(body.ReplaceLineEndings("\n"));

            // The same rules as every form, but what breaks them is dropped (or kept only as given), never refused.
            var labelled = FromLabelledLines(story, today).WithoutBrokenValues(today).ToReportedPerson(today);
            var (anywhereInput, anywhereConfidence) = FromAnywhere(story, today);
            var anywhere = anywhereInput.WithoutBrokenValues(today).ToReportedPerson(today);
            var person = labelled.FillGapsFrom(anywhere).Normalised();
            return new EmailFacts(person, IncidentTypes(body)) { Confidence = ConfidenceOf(person, labelled, anywhere, anywhereConfidence) };
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological text: better no facts than a stuck mailbox.
            return EmailFacts.None;
        }
    }

    /// <summary>High for what the sender labelled; otherwise how firmly the prose anchored it.</summary>
    private static Dictionary<ExtractedFact, FactConfidence> ConfidenceOf(ReportedPerson person, ReportedPerson labelled, ReportedPerson anywhere, Dictionary<ExtractedFact, FactConfidence> anywhereConfidence)
    {
        var confidence = new Dictionary<ExtractedFact, FactConfidence>();
        void Rate(ExtractedFact fact, Func<ReportedPerson, object?> value)
        {
            if (value(person) is null)
            {
                return;
            }

            if (value(labelled) is not null)
            {
                confidence[fact] = FactConfidence.High;
            }
            else if (value(anywhere) is not null)
            {
                confidence[fact] = anywhereConfidence.GetValueOrDefault(fact, FactConfidence.Low);
            }
        }

        Rate(ExtractedFact.Name, p => p.FamilyName);
        Rate(ExtractedFact.DateOfBirth, p => p.DateOfBirthAsGiven);
        Rate(ExtractedFact.NhsNumber, p => p.NhsNumberAsGiven);
        Rate(ExtractedFact.Address, p => p.AddressLine1);
        Rate(ExtractedFact.Postcode, p => p.Postcode);
        Rate(ExtractedFact.Phone, p => p.Phone);
        return confidence;
    }

    /// <summary>
    /// Drops each sign-off ("Kind regards", "Many thanks", "--") and what follows it, up to a forwarded or quoted
    /// message's headers, where the original sender's text starts again.
    /// </summary>
    private static string WithoutSignatures(string body)
    {
        var kept = new List<string>();
        var inSignature = false;
        foreach (var line in body.Split('\n'))
        {
            if (inSignature && QuotedMessageStart().IsMatch(line))
            {
                inSignature = false;
            }
            else if (!inSignature && SignOff().IsMatch(line))
            {
                inSignature = true;
            }

            if (!inSignature)
            {
                kept.Add(line);
            }
        }

        return string.Join('\n', kept);
    }

    /// <summary>
    /// A date of birth as written. A two-digit year is the most recent such year (UkDates), except where that would
    /// make the person a young child: "03.06.25" in a referral to adult social care is 1925, not last year.
    /// </summary>
    private static EnteredDate BirthDate(string typed, DateOnly today)
    {
        if (TwoDigitYearDate().Match(typed.Trim()) is { Success: true } shape
            && UkDates.TryParse(typed, today, out var date) && date > today.AddYears(-16))
        {
            return EnteredDate.FromText($"{shape.Groups["dayMonth"].Value}{date.Year - 100}");
        }

        return EnteredDate.FromText(typed);
    }

    private static ReportedPersonInput FromLabelledLines(string body, DateOnly today)
    {
        var found = new Dictionary<Label, string>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = LabelledLine().Match(lines[i]);
            if (!match.Success || !Labels.TryGetValue(NormaliseLabel(match.Groups["label"].Value), out var label) || found.ContainsKey(label))
            {
                continue;
            }

            var value = match.Groups["value"].Value.Trim();
            if (value.Length == 0 && label == Label.Address)
            {
                value = FollowingLines(lines, i + 1);
            }

            if (value.Length > 0)
            {
                found[label] = value;
            }
        }

        var person = new ReportedPersonInput();
        if (found.TryGetValue(Label.FullName, out var fullName))
        {
            // "Mary Jones (née Smith)": the maiden name is kept, and is not taken for part of her name now.
            if (Nee().Match(fullName) is { Success: true } nee)
            {
                person = person with { FormerFamilyName = CleanNamePart(nee.Groups["former"].Value) };
                fullName = fullName.Remove(nee.Index, nee.Length);
            }

            if (SplitName(fullName) is { } split)
            {
                person = person with { GivenName = split.Given, FamilyName = split.Family };
            }
        }

        if (found.TryGetValue(Label.GivenName, out var given) && CleanNamePart(given) is { } cleanGiven)
        {
            person = person with { GivenName = cleanGiven };
        }

        if (found.TryGetValue(Label.FamilyName, out var family) && CleanNamePart(family) is { } cleanFamily)
        {
            person = person with { FamilyName = cleanFamily };
        }

        if (found.TryGetValue(Label.KnownAs, out var knownAs))
        {
            person = person with { KnownAs = CleanNamePart(knownAs) };
        }

        if (found.TryGetValue(Label.FormerFamilyName, out var former))
        {
            person = person with { FormerFamilyName = CleanNamePart(former) };
        }

        if (found.TryGetValue(Label.DateOfBirth, out var dob))
        {
            var typed = DateNear().Match(dob) is { Success: true } date ? date.Value : FirstWords(dob, 4);
            person = person with { DateOfBirth = BirthDate(typed, today) };
        }

        if (found.TryGetValue(Label.NhsNumber, out var nhs))
        {
            var typed = NhsShaped().Match(nhs) is { Success: true } number ? number.Value : FirstWords(nhs, 3);
            person = person with { NhsNumber = typed };
        }

        if (found.TryGetValue(Label.LasId, out var lasId) && LasIdShaped().Match(lasId) is { Success: true } las)
        {
            person = person with { LasId = las.Value };
        }

        if (found.TryGetValue(Label.Address, out var address))
        {
            person = WithAddress(person, address);
        }

        if (found.TryGetValue(Label.Postcode, out var postcode))
        {
            person = person with { Postcode = postcode.Trim().TrimEnd('.', ',') };
        }

        if (found.TryGetValue(Label.Phone, out var phone))
        {
            person = person with { Phone = FirstWords(phone, 4) };
        }

        if (found.TryGetValue(Label.Email, out var email) && EmailShaped().Match(email) is { Success: true } address2)
        {
            person = person with { Email = address2.Value };
        }

        return person;
    }

    private static (ReportedPersonInput Person, Dictionary<ExtractedFact, FactConfidence> Confidence) FromAnywhere(string body, DateOnly today)
    {
        var person = new ReportedPersonInput();
        var confidence = new Dictionary<ExtractedFact, FactConfidence>();
        if (DobAnywhere().Match(body) is { Success: true } dob)
        {
            person = person with { DateOfBirth = BirthDate(dob.Groups["date"].Value, today) };
            confidence[ExtractedFact.DateOfBirth] = FactConfidence.Medium;
        }

        foreach (Match candidate in NhsShaped().Matches(body))
        {
            if (NhsNumber.IsValid(candidate.Value))
            {
                // Modulus 11 makes a random ten-digit number one in eleven at worst; NHS-shaped and valid is strong.
                person = person with { NhsNumber = candidate.Value };
                confidence[ExtractedFact.NhsNumber] = FactConfidence.High;
                break;
            }
        }

        // "lives at 12 Mill Lane, Leicester LE2 1AB": an address anchored by the words before it and a postcode after.
        if (AddressInProse().Match(body) is { Success: true } address)
        {
            person = WithAddress(person, address.Groups["address"].Value);
            confidence[ExtractedFact.Address] = FactConfidence.Medium;
            confidence[ExtractedFact.Postcode] = FactConfidence.Medium;
        }

        if (person.Postcode is null)
        {
            foreach (Match candidate in PostcodeAnywhere().Matches(body))
            {
                if (UkPostcode.TryParse(candidate.Value.ToUpperInvariant(), out var postcode, out _))
                {
                    person = person with { Postcode = postcode.Value };
                    confidence[ExtractedFact.Postcode] = FactConfidence.Low;
                    break;
                }
            }
        }

        if (NameInProse(body, today) is { } named)
        {
            person = person with { GivenName = named.Given, FamilyName = named.Family };
            confidence[ExtractedFact.Name] = FactConfidence.Medium;
            if (person.DateOfBirth is null && named.DateOfBirth is { } besideName)
            {
                person = person with { DateOfBirth = BirthDate(besideName, today) };
                confidence[ExtractedFact.DateOfBirth] = FactConfidence.Medium;
            }
        }

        return (person, confidence);
    }

    /// <summary>
    /// A name in running text, only where something anchors it to the person the email is about: a date of birth
    /// or NHS number right after it ("Ada Example (1944-06-03)", "Mrs Ann Lee, DOB …"), or a relationship the
    /// writer names ("my aunt ada example"). A name with nothing beside it could be anyone: a carer, the sender.
    /// </summary>
    private static (string Given, string Family, string? DateOfBirth)? NameInProse(string body, DateOnly today)
    {
        foreach (Match match in NameBesideIdentifier().Matches(body))
        {
            var date = match.Groups["date"].Success ? match.Groups["date"].Value : null;
            var explicitDob = match.Groups["dob"].Success;
            if (date is not null && !explicitDob && !(UkDates.TryParse(date, today, out var parsed) && parsed.AddYears(10) <= today))
            {
                // A recent date beside a name is when something happened, not when they were born.
                continue;
            }

            if (NameFromWords(match.Groups["name"].Value) is { } name)
            {
                return (name.Given, name.Family, date);
            }
        }

        if (TitledNameBeforeIdentifier().Match(body) is { Success: true } titled)
        {
            return (titled.Groups["given"].Value, titled.Groups["family"].Value, null);
        }

        foreach (Match match in NameAfterRelationship().Matches(body))
        {
            var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !CommonWords.Contains(w)).Take(3).ToList();
            if (words.Count >= 2 && words.All(IsNameWord))
            {
                var cased = words.Select(TitleCaseIfLower).ToList();
                return (string.Join(' ', cased[..^1]), cased[^1], null);
            }
        }

        return null;
    }

    private static (string Given, string Family)? NameFromWords(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => NotNameStarts.Contains(w.TrimEnd('.'))).ToList();
        // Only leading words are dropped: "Ward" opens "Ward 7 …" but is also a family name ("Raymond Ward").
        if (words.Count is < 2 or > 4 || !words.All(IsNameWord) || words.Any(w => w is "DOB" or "NHS"))
        {
            return null;
        }

        return (string.Join(' ', words[..^1]), words[^1]);
    }

    private static string TitleCaseIfLower(string word) =>
        word.Any(char.IsUpper) ? word : CultureInfo.GetCultureInfo("en-GB").TextInfo.ToTitleCase(word);

    private static ReportedPersonInput WithAddress(ReportedPersonInput person, string address)
    {
        var parts = address.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        string? postcode = null;
        for (var i = parts.Count - 1; i >= 0 && postcode is null; i--)
        {
            if (PostcodeAnywhere().Match(parts[i].ToUpperInvariant()) is { Success: true } found && UkPostcode.TryParse(found.Value, out var valid, out _))
            {
                postcode = valid.Value;
                var rest = parts[i].Remove(found.Index, found.Length).Trim();
                if (rest.Length == 0)
                {
                    parts.RemoveAt(i);
                }
                else
                {
                    parts[i] = rest;
                }
            }
        }

        if (parts.Count == 0)
        {
            return person with { Postcode = postcode ?? person.Postcode };
        }

        return person with
        {
            AddressLine1 = parts[0],
            AddressLine2 = parts.Count > 2 ? string.Join(", ", parts[1..^1]) : null,
            Town = parts.Count > 1 ? parts[^1] : null,
            Postcode = postcode ?? person.Postcode,
        };
    }

    private static List<string> IncidentTypes(string body) =>
        IncidentPatterns.Where(p => p.Pattern.IsMatch(body)).Select(p => p.Type).ToList();

    private static (string? Given, string? Family)? SplitName(string value)
    {
        var cleaned = StopAtNextLabel().Split(value, 2)[0];
        cleaned = Parenthesised().Replace(cleaned, " ").Trim().Trim(',', '.', '-', ';');
        if (cleaned.Contains(',', StringComparison.Ordinal))
        {
            // "SMITH, Margaret": the records style of many partner systems.
            var pieces = cleaned.Split(',', 2, StringSplitOptions.TrimEntries);
            var family = CleanNamePart(pieces[0]);
            var given = CleanNamePart(pieces[1]);
            return family is null ? null : (given, family);
        }

        var words = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Titles.Contains(w.TrimEnd('.'))).ToList();
        if (words.Count is 0 or > 5 || !words.All(IsNameWord))
        {
            return null;
        }

        return words.Count == 1 ? (null, words[0]) : (string.Join(' ', words[..^1]), words[^1]);
    }

    private static string? CleanNamePart(string value)
    {
        var cleaned = Parenthesised().Replace(StopAtNextLabel().Split(value, 2)[0], " ").Trim().Trim(',', '.', ';');
        var words = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Titles.Contains(w.TrimEnd('.'))).ToList();
        return words.Count is > 0 and <= 4 && words.All(IsNameWord) ? string.Join(' ', words) : null;
    }

    private static bool IsNameWord(string word) =>
        word.Length is > 0 and <= 40 && char.IsLetter(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’');

    private static string NormaliseLabel(string label) =>
        Whitespace().Replace(label.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal), " ").Trim();

    private static string FirstWords(string value, int count) =>
        string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count)).Trim().TrimEnd('.', ',', ';');

    private static string FollowingLines(string[] lines, int start)
    {
        var taken = new List<string>();
        for (var i = start; i < lines.Length && taken.Count < 5; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || LabelledLine().IsMatch(line) && Labels.ContainsKey(NormaliseLabel(LabelledLine().Match(line).Groups["label"].Value)))
            {
                break;
            }

            taken.Add(line.TrimEnd(','));
        }

        return string.Join(", ", taken);
    }

    // "Label: value", "Label - value", and table rows as HtmlText writes them or people paste them: "Label | value", "Label<tab>value".
    [GeneratedRegex(@"^[\s>*•\-|]*(?<label>[A-Za-z][A-Za-z .'’/\-]{0,30}?)[ ]*(?::[ \t]*\|?|\s[-–]\s|[ \t]*\|[ \t]*|\t+)[ \t]*(?<value>.*?)[\s|]*$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"\s+(?:DOB|D\.O\.B\.?|Date of birth|NHS|Address|Postcode|Tel|Phone|Born|Age)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex StopAtNextLabel();

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\bn[eé]e\s+(?<former>[A-Za-z\u00C0-\u017F'’\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Nee();

    [GeneratedRegex(@"^(?<dayMonth>\d{1,2}[./\-](?:\d{1,2}|[A-Za-z]{3})[./\-])\d{2}$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex TwoDigitYearDate();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Whitespace();

    private const string DatePattern = @"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?:[ /.\-]+)(?:\d{1,2}|[A-Za-z]{3,9})(?:[ /.\-,]+)\d{2,4}|(?:[A-Za-z]{3,9}) \d{1,2}(?:st|nd|rd|th)?,? \d{4}";

    [GeneratedRegex(DatePattern, RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DateNear();

    [GeneratedRegex(@"\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?)\s*[:\-]?\s*(?<date>" + DatePattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DobAnywhere();

    [GeneratedRegex(@"(?<![\d+])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?!\d)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex NhsShaped();

    // Either case: the public type "le2 1ab"; UkPostcode then decides whether it is one.
    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex PostcodeAnywhere();

    [GeneratedRegex(@"\b(?:lives at|living at|lives alone at|support(?:ed)? at|resides at|residing at|home at|address is|staying at|visited at|attended at|found at|at home at)\s+(?<address>\d+[A-Za-z]?,?\s+[A-Za-z][^\n()]{2,80}?\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex AddressInProse();

    // A capitalised name, then (on the same line) a date of birth, "DOB …", "born …" or an NHS number.
    [GeneratedRegex(@"(?<name>\b[A-Z][A-Za-z'’\-]+(?:[ ]+(?!(?:DOB|NHS|Born|Date)\b)[A-Z][A-Za-z'’\-]+){1,5})(?=[ \t]*[,(]?[ \t]*(?:(?<dob>DOB|D\.O\.B\.?|born(?: on)?|date of birth)[ \t:\-]*)?(?<date>" + DatePattern + @")|[ \t,]*\(?[ \t]*NHS\b)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex NameBesideIdentifier();

    [GeneratedRegex(@"\bmy[ ]+(?:great[- ])?(?:mum|mom|mother|dad|father|aunt|auntie|aunty|uncle|nan|nana|nanna|gran|granny|grandma|grandad|grandmother|grandfather|husband|wife|partner|son|daughter|brother|sister|neighbour|friend|cousin|mother-in-law|father-in-law|stepmother|stepfather)[ ]*,?[ ]+(?<name>[A-Za-z][A-Za-z'’\-]+(?:[ ]+[A-Za-z][A-Za-z'’\-]+){1,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex NameAfterRelationship();

    [GeneratedRegex(@"^\s*(?:(?:kind|best|warm|many)\s+)?(?:regards|thanks|thank you|wishes)\b[ ,.!]*$|^\s*(?:best wishes|yours (?:sincerely|faithfully|truly)|cheers)[ ,.!]*$|^--\s*$|^\s*sent from my\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^\s*(?:-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:|From:\s|On .{5,120} wrote:\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex QuotedMessageStart();

    [GeneratedRegex(@"\b[A-Za-z]{0,3}\d{3,12}\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex LasIdShaped();

    [GeneratedRegex(@"[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex EmailShaped();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Mx)\.? (?<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?<family>[A-Z][A-Za-z'’\-]+)(?=[^\n]{0,40}?\b(?:DOB|D\.O\.B|born|date of birth|NHS)\b)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex TitledNameBeforeIdentifier();
}
