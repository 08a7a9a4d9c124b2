using System.Globalization;
using System.Text;
using FrontDoor.Core.Demo;

namespace FrontDoor.Import.Bench;

/// <summary>
/// A case system's people export of any size, in FrontDoor's layout, and a nightly change file against it. Each
/// person is a pure function of their number (its own seeded generator), so the change file can rebuild the row
/// it changes without holding the million in memory, and every run writes the same bytes. Fields never hold a
/// comma or a quote, so the baseline bulk loads can split lines without a CSV parser.
/// </summary>
internal static class PeopleExport
{
    public const string Header =
        "person_id,given_name,family_name,known_as,former_family_name,date_of_birth,nhs_number,address_line1,address_line2,address_line3,town,postcode,"
        + "phones,email,interpreter_language,british_sign_language,easy_read,large_print,other_communication_needs";

    private static readonly string[] InwardLetters = ["A", "B", "D", "E", "F", "G", "H", "J", "L", "N", "P", "Q", "R", "S", "T", "U", "W", "X", "Y", "Z"];
    private static readonly string[] Flats = ["Flat 1", "Flat 2", "Flat 3", "Flat 4", "Flat 5", "Flat 6", "Flat 7", "Flat 8"];
    private static readonly string[] Landlines = ["0116 496 0", "0115 496 0", "0121 496 0", "01632 960"];
    private static readonly string[] OtherNeeds = ["Hard of hearing: face them when speaking", "Prefers afternoon calls", "Needs time to answer the door", "Partially sighted"];

    public static string IdOf(int number) => "P" + number.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Writes people 1..<paramref name="count"/>.</summary>
    public static void WritePeople(string path, int count, Action<int>? progress = null)
    {
        using var writer = Open(path);
        writer.Write(Header);
        writer.Write('\n');
        for (var number = 1; number <= count; number++)
        {
            Write(writer, Person(number));
            if (number % 100_000 == 0)
            {
                progress?.Invoke(number);
            }
        }
    }

    /// <summary>
    /// <paramref name="rows"/> rows against people 1..<paramref name="existing"/>: a tenth new people, the rest
    /// existing people who moved, changed their phones or changed their name, in equal shares, in id order as a
    /// case system's nightly extract of changed records would list them.
    /// </summary>
    public static (int Moved, int Phones, int Renamed, int New) WriteChanges(string path, int existing, int rows)
    {
        var random = new SplitMix(0xC4A7_6E5Eu + (ulong)existing);
        var newPeople = rows / 10;
        var picked = new SortedSet<int>();
        while (picked.Count < rows - newPeople)
        {
            picked.Add(1 + (int)random.Below((ulong)existing));
        }

        int moved = 0, phones = 0, renamed = 0;
        using var writer = Open(path);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var number in picked)
        {
            var person = Person(number);
            var change = new SplitMix(0x5EED_0000u + (ulong)number);
            switch (number % 3)
            {
                case 0:
                    person = person with { Address = AddressOf(ref change) };
                    moved++;
                    break;
                case 1:
                    person = person with { Phones = Mobile(ref change) + (change.Chance(0.5) ? "; " + Landline(ref change) : string.Empty) };
                    phones++;
                    break;
                default:
                    // Married or divorced: a new family name, the old one kept as the former.
                    var family = Pick(ref change, UkNames.Family);
                    person = person with { FamilyName = family == person.FamilyName ? family + "-Hughes" : family, FormerFamilyName = person.FamilyName };
                    renamed++;
                    break;
            }

            Write(writer, person);
        }

        for (var number = existing + 1; number <= existing + newPeople; number++)
        {
            Write(writer, Person(number));
        }

        return (moved, phones, renamed, newPeople);
    }

    public static Row Person(int number)
    {
        var random = new SplitMix(0x9E37_79B9u * (ulong)number);
        var female = random.Chance(0.55);
        var given = Pick(ref random, female ? UkNames.FemaleGiven : UkNames.MaleGiven);
        var family = Pick(ref random, UkNames.Family);
        string? knownAs = UkNames.Diminutives.TryGetValue(given, out var shortNames) && random.Chance(0.4) ? Pick(ref random, shortNames) : null;
        string? former = female && random.Chance(0.15) ? Pick(ref random, UkNames.Family) : null;
        var birth = new DateOnly(1925, 1, 1).AddDays((int)random.Below(29_000));
        // Case systems write dates either way: most ISO, some day-first.
        var dateOfBirth = random.Chance(0.8)
            ? birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : birth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var nhs = random.Chance(0.9) ? NhsNumber(ref random) : null;
        var address = random.Chance(0.97) ? AddressOf(ref random) : Address.None;
        var phones = random.Next(10) switch
        {
            < 3 => string.Empty,
            < 6 => Mobile(ref random),
            < 8 => Landline(ref random),
            _ => Mobile(ref random) + "; " + Landline(ref random),
        };
        var email = random.Chance(0.35)
            ? $"{given}.{family.Replace("'", "", StringComparison.Ordinal)}{random.Below(1000)}@example.com".ToLowerInvariant()
            : null;
        var interpreter = random.Chance(0.03) ? Pick(ref random, UkNames.InterpreterLanguages) : null;
        var bsl = random.Chance(0.005);
        var easyRead = random.Chance(0.02);
        var largePrint = random.Chance(0.03);
        var other = random.Chance(0.01) ? Pick(ref random, OtherNeeds) : null;
        return new Row(IdOf(number), given, family, knownAs, former, dateOfBirth, nhs, address, phones, email, interpreter, bsl, easyRead, largePrint, other);
    }

    public static Address AddressOf(ref SplitMix random)
    {
        var (town, districts) = UkNames.Towns[random.Below((ulong)UkNames.Towns.Length)];
        var street = $"{1 + random.Below(180)} {Pick(ref random, UkNames.Streets)}";
        var flat = random.Chance(0.15);
        var postcode = $"{Pick(ref random, districts)} {random.Below(10)}{Pick(ref random, InwardLetters)}{Pick(ref random, InwardLetters)}";
        return flat ? new Address(Pick(ref random, Flats), street, null, town, postcode) : new Address(street, null, null, town, postcode);
    }

    /// <summary>Ofcom's drama ranges: no generated number rings a real phone.</summary>
    public static string Mobile(ref SplitMix random) => $"07700 900{random.Below(1000):D3}";

    public static string Landline(ref SplitMix random) => Pick(ref random, Landlines) + random.Below(1000).ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The 999 test range, with a correct check digit; a tenth of draws give none (check digit 10).</summary>
    private static string? NhsNumber(ref SplitMix random)
    {
        var first = "999" + random.Below(1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (first[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check == 10 ? null : first + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
    }

    public static T Pick<T>(ref SplitMix random, T[] items) => items[random.Below((ulong)items.Length)];

    public static StreamWriter Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
    }

    public static void Write(TextWriter writer, Row row)
    {
        var a = row.Address;
        writer.Write(string.Join(',', row.Id, row.GivenName, row.FamilyName, row.KnownAs, row.FormerFamilyName, row.DateOfBirth, row.NhsNumber,
            a.Line1, a.Line2, a.Line3, a.Town, a.Postcode, row.Phones, row.Email, row.Interpreter,
            YesNo(row.Bsl), YesNo(row.EasyRead), YesNo(row.LargePrint), row.OtherNeeds));
        writer.Write('\n');
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    internal sealed record Address(string? Line1, string? Line2, string? Line3, string? Town, string? Postcode)
    {
        public static Address None { get; } = new(null, null, null, null, null);
    }

    internal sealed record Row(
        string Id, string GivenName, string FamilyName, string? KnownAs, string? FormerFamilyName, string DateOfBirth, string? NhsNumber,
        Address Address, string Phones, string? Email, string? Interpreter, bool Bsl, bool EasyRead, bool LargePrint, string? OtherNeeds);
}

/// <summary>SplitMix64: tiny, fast and the same on every runtime, unlike <see cref="Random"/>'s seeded sequence promises.</summary>
internal struct SplitMix(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Below(ulong bound) => (int)(NextUInt64() % bound);

    public int Next(int bound) => Below((ulong)bound);

    public bool Chance(double p) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < p;
}
