using FrontDoor.Core.People;

namespace FrontDoor.Core.Demo;

/// <summary>
/// Makes the people of the demo county: mostly older adults, some couples and twins at one address, fathers and
/// sons sharing a name, married women with a maiden name on record, and duplicate records (about 2% unless told
/// otherwise) with the errors real case systems hold. Former addresses (the case system's address history) are drawn
/// from their own random stream, <paramref name="history"/>, so the people are the same with or without them.
/// </summary>
internal sealed class DemoPeopleGenerator(DemoRandom random, DateOnly until, double duplicateShare, DemoRandom history, DemoAddressHistory addressHistory)
{
    private const double NewThisYearShare = 0.15;

    // Of women over thirty, how many have a maiden (or other earlier) family name on their record.
    private const double FormerFamilyNameShare = 0.4;
    private const int MostTestRangeNhsNumbers = 600_000;
    private static readonly string[] InwardLetters = "ABDEFGHJLNPQRSTUWXYZ".Select(c => c.ToString()).ToArray();

    private readonly DateTimeOffset _createdLongAgo = new(until.AddYears(-8).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    private readonly HashSet<string> _issuedNhsNumbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _issuedEmails = new(StringComparer.Ordinal);
    private int _nextLasId = 1_000_000;
    private int _nextIdentity;

    public List<DemoPerson> Generate(int count)
    {
        var people = new List<DemoPerson>(count);
        while (people.Count < count)
        {
            var person = NewPerson();
            people.Add(person);
            var room = count - people.Count;
            if (room == 0)
            {
                continue;
            }

            var roll = random.NextDouble();
            if (roll < duplicateShare)
            {
                people.Add(new DemoPerson(Duplicate(person.Person), person.Identity, DemoLikeness.Duplicate));
            }
            else if (roll < duplicateShare + 0.18 && person.Person.AgeOn(until) >= 55)
            {
                people.Add(Relative(person.Person, DemoLikeness.Spouse));
            }
            else if (roll < duplicateShare + 0.18 + 0.003)
            {
                people.Add(Relative(person.Person, DemoLikeness.Twin));
            }
            else if (roll < duplicateShare + 0.18 + 0.006 && person.Person.AgeOn(until) >= 60)
            {
                people.Add(Relative(person.Person, DemoLikeness.Junior));
            }
        }

        return people;
    }

    // A mailbox is one person's (or one household's): two namesakes never share john.smith@example.com, and a
    // generated collision would teach the matcher that a shared email proves nothing.
    private string UnusedEmail(string localPart)
    {
        var email = $"{localPart}@example.com";
        for (var suffix = 100; !_issuedEmails.Add(email); suffix++)
        {
            email = $"{localPart}.{suffix}@example.com";
        }

        return email;
    }

    private DemoPerson NewPerson()
    {
        var female = random.Chance(0.56);
        var given = random.PickSkewed(female ? UkNames.FemaleGiven : UkNames.MaleGiven);
        var family = random.PickSkewed(UkNames.Family);
        var age = random.Chance(0.66) ? random.Between(65, 101) : random.Between(18, 64);
        var dateOfBirth = until.AddYears(-age).AddDays(-random.Next(365));

        // Some people first became known this year, through the contact that created their record.
        var createdAt = random.Chance(NewThisYearShare) ? new DateTimeOffset(until.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(-random.Next(525_600)) : _createdLongAgo;
        var former = female && age >= 30 && random.Chance(FormerFamilyNameShare) ? DifferentFamilyName(family) : null;
        var person = NewRecord(given, family, dateOfBirth, RandomAddress(random), createdAt, former);

        // Someone who moved while known to the council: the address before, wherever it was (never another person's on purpose).
        if (history.Chance(addressHistory.FormerAddressShare))
        {
            person.SetFormerAddresses([new FormerAddress(RandomAddress(history), until.AddDays(-history.Between(30, 3_650)))], createdAt);
        }

        return new DemoPerson(person, _nextIdentity++, DemoLikeness.None);
    }

    private DemoPerson Relative(Person of, DemoLikeness likeness)
    {
        var ofFemale = UkNames.FemaleGiven.Contains(of.Name.GivenName);
        var (given, dateOfBirth) = likeness switch
        {
            DemoLikeness.Spouse => (random.PickSkewed(ofFemale ? UkNames.MaleGiven : UkNames.FemaleGiven), of.DateOfBirth!.Value.AddDays(random.Between(-2_500, 2_500))),
            DemoLikeness.Twin => (DifferentName(of.Name, ofFemale), of.DateOfBirth!.Value),
            _ => (of.Name.GivenName, of.DateOfBirth!.Value.AddYears(random.Between(24, 36)).AddDays(random.Next(365))),
        };
        if (dateOfBirth > until.AddYears(-18))
        {
            dateOfBirth = until.AddYears(-18).AddDays(-random.Next(3_000));
        }

        // A wife who took her husband's name may have her maiden name on record.
        var former = likeness == DemoLikeness.Spouse && !ofFemale && random.Chance(FormerFamilyNameShare) ? DifferentFamilyName(of.Name.FamilyName) : null;
        var person = NewRecord(given, of.Name.FamilyName, dateOfBirth, of.Address, _createdLongAgo, former);
        person.SetPhones(of.Phones, _createdLongAgo);

        // A household moves together: its members' records carry the same address before.
        person.SetFormerAddresses(of.FormerAddresses, _createdLongAgo);
        return new DemoPerson(person, _nextIdentity++, likeness);
    }

    private string DifferentFamilyName(string family) => PickOther(UkNames.Family, other => other == family);

    /// <summary>A twin's name: not the other's, nor a form of it (no Elizabeth and Betty twins), nor what the other is known as.</summary>
    private string DifferentName(PersonName of, bool female) =>
        PickOther(female ? UkNames.FemaleGiven : UkNames.MaleGiven,
            other => other == of.GivenName || other == of.KnownAs || IsFormOf(other, of.GivenName) || IsFormOf(of.GivenName, other));

    private static bool IsFormOf(string name, string of) => UkNames.Diminutives.TryGetValue(of, out var forms) && forms.Contains(name);

    /// <summary>Draws from <paramref name="names"/> until one is not <paramref name="unsuitable"/>.</summary>
    private string PickOther(IReadOnlyList<string> names, Func<string, bool> unsuitable)
    {
        string other;
        do
        {
            other = random.PickSkewed(names);
        }
        while (unsuitable(other));
        return other;
    }

    private Person NewRecord(string given, string family, DateOnly dateOfBirth, PostalAddress? address, DateTimeOffset createdAt, string? formerFamily = null)
    {
        string? knownAs = null;
        if (UkNames.Diminutives.TryGetValue(given, out var diminutives) && random.Chance(0.2))
        {
            knownAs = random.Pick(diminutives);
        }

        var person = new Person(random.NextGuid(), new PersonName(given, family, knownAs, formerFamily), createdAt);
        person.SetLasId(NextLasId(), createdAt);
        if (random.Chance(0.92) && TestRangeNhsNumber() is { } nhsNumber)
        {
            person.SetNhsNumber(nhsNumber, createdAt);
        }

        person.SetDateOfBirth(dateOfBirth, createdAt);
        person.MoveTo(address, createdAt);
        if (random.Chance(0.75))
        {
            person.SetPhones([RandomPhone(mobile: random.Chance(0.45))], createdAt);
        }

        if (random.Chance(0.18))
        {
            var number = random.Chance(0.5) ? random.Between(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            person.SetEmail(UnusedEmail($"{given}.{family.Replace("'", "", StringComparison.Ordinal)}{number}".ToLowerInvariant()), createdAt);
        }

        var roll = random.NextDouble();
        if (roll < 0.15)
        {
            person.SetCommunicationNeeds(roll switch
            {
                < 0.07 => new CommunicationNeeds(InterpreterLanguage: random.Pick(UkNames.InterpreterLanguages)),
                < 0.08 => new CommunicationNeeds(BritishSignLanguage: true),
                < 0.11 => new CommunicationNeeds(EasyRead: true),
                _ => new CommunicationNeeds(LargePrint: true),
            }, createdAt);
        }

        if (person.Phones.Any(p => p.IsMobile) && random.Chance(0.4))
        {
            person.SetContactPreferences(new ContactPreferences(PreferredChannel.TextMessage, ConsentsToSms: true), createdAt);
        }

        return person;
    }

    /// <summary>
    /// The same human again, as a second office or a hurried call typed them: a nickname, a typo, a swapped day
    /// and month, a missing NHS number, a new address, or an old record from before her marriage, under her maiden name.
    /// </summary>
    private Person Duplicate(Person original)
    {
        var given = original.Name.GivenName;
        var family = original.Name.FamilyName;
        var former = original.Name.FormerFamilyName;
        var dateOfBirth = original.DateOfBirth;
        var address = original.Address;
        var nhsNumber = original.NhsNumber;

        var errors = random.Between(1, 3);
        for (var i = 0; i < errors; i++)
        {
            // The maiden-name record is one more kind of error, for those who have one.
            switch (random.Next(former is null ? 7 : 8))
            {
                case 7 when former is not null:
                    (family, former) = (former, null);
                    break;
                case 0 when UkNames.Diminutives.TryGetValue(given, out var diminutives):
                    given = random.Pick(diminutives);
                    break;
                case 1:
                    family = Typo(family);
                    break;
                case 2:
                    given = Variant(given) ?? Typo(given);
                    break;
                case 3 when dateOfBirth is { Day: <= 12 } dob && dob.Day != dob.Month:
                    dateOfBirth = new DateOnly(dob.Year, dob.Day, dob.Month);
                    break;
                case 4 when dateOfBirth is { } dob:
                    dateOfBirth = dob.AddDays(random.Chance(0.5) ? 1 : -1);
                    break;
                case 5:
                    nhsNumber = null;
                    break;
                default:
                    address = RandomAddress(random);
                    break;
            }
        }

        var copy = NewRecord(given, family, dateOfBirth ?? until.AddYears(-70), address, original.CreatedAt, former);
        copy.SetNhsNumber(nhsNumber, original.CreatedAt);
        copy.SetPhones(random.Chance(0.5) ? original.Phones : copy.Phones, original.CreatedAt);

        // A second record made after a move: the office that made it learned the address before only some of the time
        // (a caller asked, a hospital letter gave it). Never always: that would make every moved duplicate easy.
        if (original.Address is { } before && address != before && history.Chance(addressHistory.MovedDuplicateFormerAddressShare))
        {
            copy.SetFormerAddresses([new FormerAddress(before, until.AddDays(-history.Between(30, 3_650))), .. original.FormerAddresses], original.CreatedAt);
        }

        return copy;
    }

    private static string? Variant(string name)
    {
        foreach (var (a, b) in UkNames.SpellingVariants)
        {
            if (a == name)
            {
                return b;
            }

            if (b == name)
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>One keyboard slip: a dropped, doubled, swapped or wrong letter.</summary>
    private string Typo(string word)
    {
        if (word.Length < 4)
        {
            return word + word[^1];
        }

        var chars = word.ToCharArray();
        var at = random.Between(1, chars.Length - 2);
        return random.Next(4) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, chars[at].ToString()),
            2 => Swap(chars, at),
            _ => word[..at] + (char)('a' + random.Next(26)) + word[(at + 1)..],
        };

        static string Swap(char[] chars, int at)
        {
            (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
            return new string(chars);
        }
    }

    private static PostalAddress RandomAddress(DemoRandom from)
    {
        var (town, districts) = from.PickSkewed(UkNames.Towns);
        var district = from.Pick(districts);
        var postcode = UkPostcode.Parse($"{district} {from.Next(10)}{from.Pick(InwardLetters)}{from.Pick(InwardLetters)}");
        var line1 = $"{from.Between(1, 180)} {from.Pick(UkNames.Streets)}";
        return new PostalAddress(line1, null, town, postcode);
    }

    private string NextLasId()
    {
        _nextLasId += random.Between(1, 9);
        return _nextLasId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// NHS numbers from the 999 range, which is set aside for testing and never issued to patients. It holds only
    /// about 909,000 valid numbers, so a county of a million runs out: past two thirds of the range, people have no
    /// number (as some real records do) rather than drawing for ever.
    /// </summary>
    private NhsNumber? TestRangeNhsNumber()
    {
        if (_issuedNhsNumbers.Count >= MostTestRangeNhsNumbers)
        {
            return null;
        }

        while (true)
        {
            var first = "999" + random.Digits(6);
            var check = NhsNumber.CheckDigit(first);
            // Each human has their own number: a shared one would make strangers look like duplicates.
            var number = first + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (check >= 0 && _issuedNhsNumbers.Add(number))
            {
                return NhsNumber.Parse(number);
            }
        }
    }

    /// <summary>Ofcom's drama ranges, so a demo can never text or ring a real person.</summary>
    private PhoneNumber RandomPhone(bool mobile) => PhoneNumber.Parse(mobile
        ? $"07700 900{random.Digits(3)}"
        : random.Pick(["0116 496 0", "0115 496 0", "0121 496 0", "01632 960"]) + random.Digits(3));
}
