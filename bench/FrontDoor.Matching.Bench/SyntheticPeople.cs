using System.Globalization;

namespace FrontDoor.Matching.Bench;

/// <summary>
/// Deterministic UK-shaped people: names from modest built-in lists (family names also built from
/// syllables for variety), birth dates 1920–2005, plausible postcodes, valid NHS numbers in the 999
/// test range, and a share of corrupted duplicates of earlier people.
/// </summary>
internal sealed class SyntheticPeople(int seed = 7)
{
    private static readonly string[] Given =
    [
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel",
        "matthew", "anthony", "mark", "paul", "steven", "andrew", "kenneth", "joshua", "kevin", "brian", "george", "edward",
        "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry",
        "frank", "scott", "raymond", "samuel", "patrick", "alexander", "jack", "dennis", "peter", "harold", "douglas", "henry",
        "arthur", "albert", "alfred", "sidney", "harry", "oliver", "leo", "mary", "patricia", "jennifer", "linda", "elizabeth",
        "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "margaret", "betty", "sandra", "ashley", "dorothy",
        "kimberly", "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura",
        "sharon", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicola", "emma",
        "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
        "olivia", "amelia", "isla", "ava", "mia", "ivy", "lily", "freya", "florence", "poppy", "sophie", "grace", "evie",
    ];

    private static readonly string[] FamilyStems =
    [
        "smith", "jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "robinson", "wright", "thompson", "evans",
        "walker", "white", "roberts", "green", "hall", "wood", "jackson", "clarke", "patel", "khan", "lewis", "james", "phillips",
        "mason", "mitchell", "rose", "davis", "rodriguez", "cox", "alexander", "morgan", "moore", "martin", "price", "hughes",
        "edwards", "turner", "hill", "harris", "cooper", "ward", "morris", "king", "baker", "carter", "shaw", "bell", "young",
    ];

    private static readonly string[] Prefixes = ["ash", "black", "brad", "brook", "burn", "chester", "clay", "cole", "dun", "east", "fair", "ford", "glen", "hart", "holm", "kings", "lang", "mar", "mill", "new", "north", "oak", "pen", "red", "rich", "south", "stan", "thorn", "west", "whit"];

    private static readonly string[] Suffixes = ["ley", "ton", "field", "worth", "wood", "well", "by", "ham", "more", "dale", "wick", "stone", "bury", "croft", "man", "son", "ridge", "bourne", "thorpe", "land"];

    private static readonly string[] Streets = ["church", "station", "victoria", "park", "main", "high", "mill", "school", "green", "manor", "kings", "queens", "new", "grange", "york", "london", "albert", "windsor", "highfield", "orchard", "chapel", "meadow", "springfield", "beech", "oak", "elm", "ash", "willow", "cedar", "forest"];

    private static readonly string[] StreetTypes = ["street", "road", "lane", "avenue", "close", "drive", "way", "crescent", "gardens", "terrace"];

    private static readonly string[] Towns = ["leicester", "loughborough", "hinckley", "coalville", "melton mowbray", "market harborough", "wigston", "oadby", "lutterworth", "nottingham", "mansfield", "newark", "worksop", "bournemouth", "poole", "christchurch", "derby", "lincoln", "northampton", "coventry"];

    private static readonly string[] Areas = ["LE", "NG", "BH", "DE", "LN", "NN", "CV", "B", "S", "M", "L", "PE"];

    private readonly Random _random = new(seed);

    /// <summary>People, about <paramref name="duplicateShare"/> of them corrupted copies of earlier ones (id suffix "-dup").</summary>
    public List<PersonRecord> Generate(int count, double duplicateShare = 0.1)
    {
        var people = new List<PersonRecord>(count);
        for (var i = 0; i < count; i++)
        {
            people.Add(i > 100 && _random.NextDouble() < duplicateShare
                ? Corrupt(people[_random.Next(i)], $"p{i}-dup")
                : Fresh($"p{i}"));
        }

        return people;
    }

    public PersonRecord Fresh(string id)
    {
        var area = Pick(Areas);
        var outward = area + _random.Next(1, 30).ToString(CultureInfo.InvariantCulture);
        var inward = _random.Next(0, 10).ToString(CultureInfo.InvariantCulture) + (char)('A' + _random.Next(26)) + (char)('A' + _random.Next(26));
        var birth = new DateTime(1920, 1, 1).AddDays(_random.Next(0, 31000));
        return new PersonRecord(id)
        {
            GivenName = Capitalise(Pick(Given)),
            FamilyName = Capitalise(_random.NextDouble() < 0.5 ? Pick(FamilyStems) : Pick(Prefixes) + Pick(Suffixes)),
            DateOfBirth = birth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            NhsNumber = _random.NextDouble() < 0.8 ? NhsNumber() : null,
            HouseNumber = _random.Next(1, 200).ToString(CultureInfo.InvariantCulture),
            AddressLine = $"{Capitalise(Pick(Streets))} {Capitalise(Pick(StreetTypes))}",
            Town = Capitalise(Pick(Towns)),
            Postcode = $"{outward} {inward}",
            Phone = _random.NextDouble() < 0.6 ? "07" + _random.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture) : null,
            Email = _random.NextDouble() < 0.3 ? $"{id}@example.org" : null,
        };
    }

    /// <summary>One to three typical errors: typo, nickname-free name change, missing NHS number, swapped day/month, moved house.</summary>
    public PersonRecord Corrupt(PersonRecord original, string id)
    {
        var copy = original with { };
        var changes = _random.Next(1, 4);
        for (var c = 0; c < changes; c++)
        {
            copy = _random.Next(6) switch
            {
                0 => copy with { GivenName = Typo(copy.GivenName) },
                1 => copy with { FamilyName = Typo(copy.FamilyName) },
                2 => copy with { NhsNumber = null },
                3 => copy with { DateOfBirth = SwapDayMonth(copy.DateOfBirth) },
                4 => copy with { Phone = null, Email = null },
                _ => copy with { HouseNumber = _random.Next(1, 200).ToString(CultureInfo.InvariantCulture), Postcode = Fresh(id).Postcode },
            };
        }

        return copy with { Id = id };
    }

    private string NhsNumber()
    {
        while (true)
        {
            var digits = "999" + _random.Next(0, 1_000_000).ToString("000000", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (digits[i] - '0') * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check == 10)
            {
                continue;
            }

            return digits + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
        }
    }

    private string? Typo(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length < 3)
        {
            return text;
        }

        var at = _random.Next(1, text.Length - 1);
        var chars = text.ToCharArray();
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        return new string(chars);
    }

    private static string? SwapDayMonth(string? date) =>
        date is { Length: 10 } ? $"{date[3..5]}/{date[..2]}/{date[6..]}" : date;

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Capitalise(string s) => string.Concat(char.ToUpperInvariant(s[0]).ToString(), s.AsSpan(1));
}
