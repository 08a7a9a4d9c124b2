using System.Globalization;
using FrontDoor.Core.Demo;

namespace FrontDoor.Import.Bench;

/// <summary>
/// The small case-system export in <c>samples/case-system</c>: teams, workers, people (three of them near-duplicates
/// the case system later merges), allocations, merges and a nightly change file. Ids are S-prefixed (ST01, SW001,
/// S1001, SA0001) so they never meet the demo county's numeric LAS ids, and no team shares a demo team's name.
/// Every run writes the same bytes.
/// </summary>
internal static class SampleExport
{
    public const int People = 300;

    private static readonly (string Name, string Role, bool Weekends)[] Teams =
    [
        ("Charnwood Community Team", "Social worker", false),
        ("North West Leicestershire Community Team", "Social worker", false),
        ("Harborough District Community Team", "Social worker", false),
        ("Hinckley and Bosworth Community Team", "Social worker", false),
        ("Oadby Wigston and Blaby Community Team", "Social worker", false),
        ("Rutland Adult Social Care Team", "Social worker", false),
        ("City Central Community Team", "Senior practitioner", false),
        ("Royal Infirmary Hospital Social Work Team", "Social worker", true),
        ("Integrated Crisis Response Service", "Reablement worker", true),
        ("Community Reablement Team East", "Reablement worker", true),
        ("Adult Safeguarding Duty Desk", "Senior practitioner", true),
        ("Community Occupational Therapy Team", "OT", false),
    ];

    // Three pairs the case system's own data-quality team found and merged: the second of each is the duplicate.
    private static readonly int[] Duplicated = [17, 118, 233];

    public static void Write(string dir)
    {
        Directory.CreateDirectory(dir);
        var random = new SplitMix(20261206);
        WriteTeams(Path.Combine(dir, "teams.csv"));
        var workers = WriteWorkers(Path.Combine(dir, "workers.csv"), ref random);
        var people = Enumerable.Range(1, People - Duplicated.Length).Select(n => PeopleExport.Person(n) with { Id = IdOf(n) }).ToList();
        var duplicates = Duplicated.Select((n, i) => Duplicate(people[n - 1], IdOf(People - Duplicated.Length + 1 + i), i, ref random)).ToList();
        // The duplicates sit among the others, as a case system's extract in id order would list them.
        using (var writer = PeopleExport.Open(Path.Combine(dir, "people.csv")))
        {
            writer.Write(PeopleExport.Header + "\n");
            foreach (var person in people.Concat(duplicates))
            {
                PeopleExport.Write(writer, person);
            }
        }

        WriteAllocations(Path.Combine(dir, "allocations.csv"), workers, duplicates, ref random);
        using (var merges = PeopleExport.Open(Path.Combine(dir, "merges.csv")))
        {
            merges.Write("kept_id,merged_id\n");
            for (var i = 0; i < Duplicated.Length; i++)
            {
                merges.Write($"{IdOf(Duplicated[i])},{duplicates[i].Id}\n");
            }
        }

        WriteChanges(Path.Combine(dir, "people-changes.csv"), people, ref random);
        Console.WriteLine($"Wrote {Teams.Length} teams, {workers.Count} workers, {People} people, allocations, {Duplicated.Length} merges and a change file to {dir}");
    }

    private static string IdOf(int number) => "S" + (1000 + number).ToString(CultureInfo.InvariantCulture);

    private static string TeamId(int index) => "ST" + (index + 1).ToString("D2", CultureInfo.InvariantCulture);

    private static void WriteTeams(string path)
    {
        using var writer = PeopleExport.Open(path);
        writer.Write("team_id,name,duty_phone,duty_email,opens,closes,open_weekends\n");
        for (var i = 0; i < Teams.Length; i++)
        {
            var (name, _, weekends) = Teams[i];
            var email = new string(name.ToLowerInvariant().Where(c => char.IsAsciiLetter(c) || c == ' ').ToArray()).Replace(' ', '.') + "@example.gov.uk";
            var phone = string.Create(CultureInfo.InvariantCulture, $"0116 496 0{100 + i:D3}");
            var (opens, closes) = weekends ? ("08:00", "20:00") : ("08:30", "17:00");
            writer.Write($"{TeamId(i)},{name},{phone},{email},{opens},{closes},{(weekends ? "yes" : "no")}\n");
        }
    }

    private static List<(string Id, int Team)> WriteWorkers(string path, ref SplitMix random)
    {
        var workers = new List<(string Id, int Team)>();
        using var writer = PeopleExport.Open(path);
        writer.Write("worker_id,name,role,team_id,work_phone\n");
        for (var i = 0; i < 60; i++)
        {
            var team = i % Teams.Length;
            // One manager per team (the first twelve), then the team's own practitioners.
            var role = i < Teams.Length ? "Team manager" : Teams[team].Role;
            var given = PeopleExport.Pick(ref random, random.Chance(0.6) ? UkNames.FemaleGiven : UkNames.MaleGiven);
            var family = PeopleExport.Pick(ref random, UkNames.Family);
            var id = "SW" + (i + 1).ToString("D3", CultureInfo.InvariantCulture);
            var phone = random.Chance(0.8) ? string.Create(CultureInfo.InvariantCulture, $"0116 496 0{200 + i:D3}") : string.Empty;
            writer.Write($"{id},{given} {family},{role},{TeamId(team)},{phone}\n");
            workers.Add((id, team));
        }

        return workers;
    }

    /// <summary>The same person entered twice: a known-as name, a typo in the family name, or an old phone and a mistyped street.</summary>
    private static PeopleExport.Row Duplicate(PeopleExport.Row original, string id, int kind, ref SplitMix random) => kind switch
    {
        0 => original with
        {
            Id = id,
            GivenName = UkNames.Diminutives.TryGetValue(original.GivenName, out var shortNames) ? shortNames[0] : original.GivenName[..Math.Min(3, original.GivenName.Length)],
            KnownAs = null,
            NhsNumber = null,
            Email = null,
        },
        1 => original with { Id = id, FamilyName = Typo(original.FamilyName), Phones = PeopleExport.Mobile(ref random), Email = null },
        _ => original with
        {
            Id = id,
            NhsNumber = null,
            Phones = PeopleExport.Landline(ref random),
            Address = original.Address with { Line1 = original.Address.Line1?.Replace("Road", "Rd", StringComparison.Ordinal).Replace("Street", "St", StringComparison.Ordinal) },
        },
    };

    private static string Typo(string text) => text.Length < 4 ? text + "e" : string.Concat(text.AsSpan(0, 2), text.AsSpan(3, 1), text.AsSpan(2, 1), text.AsSpan(4));

    private static void WriteAllocations(string path, List<(string Id, int Team)> workers, List<PeopleExport.Row> duplicates, ref SplitMix random)
    {
        using var writer = PeopleExport.Open(path);
        writer.Write("allocation_id,person_id,worker_id,team_id,start_date,end_date\n");
        // People with care and support plans, spread over the list; the merged-away duplicates have theirs too,
        // which the merge moves to the kept record.
        var people = Enumerable.Range(0, 117).Select(i => IdOf(1 + (i * 5 % (People - Duplicated.Length)))).Concat(duplicates.Select(d => d.Id)).ToList();
        var today = new DateOnly(2026, 12, 1);
        for (var i = 0; i < people.Count; i++)
        {
            var worker = workers[Teams.Length + random.Next(workers.Count - Teams.Length)];
            var start = today.AddDays(-20 - random.Next(700));
            var ended = random.Chance(0.15);
            var end = ended ? start.AddDays(30 + random.Next(150)) : (DateOnly?)null;
            // A third are held by a team while they wait for a worker; a few by a worker alone.
            var (workerId, teamId) = (i % 3) switch
            {
                0 => (string.Empty, TeamId(random.Next(Teams.Length))),
                1 => (worker.Id, TeamId(worker.Team)),
                _ => random.Chance(0.3) ? (worker.Id, string.Empty) : (worker.Id, TeamId(worker.Team)),
            };
            // Case systems write dates either way: the file mixes ISO and day-first.
            var format = i % 4 == 0 ? "dd/MM/yyyy" : "yyyy-MM-dd";
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"SA{i + 1:D4},{people[i]},{workerId},{teamId},{start.ToString(format, CultureInfo.InvariantCulture)},{(end is { } e && e < today ? e.ToString(format, CultureInfo.InvariantCulture) : string.Empty)}\n"));
        }
    }

    /// <summary>Tonight's changes for twenty people, in a file with only the columns that change (the rest are left as they are).</summary>
    private static void WriteChanges(string path, List<PeopleExport.Row> people, ref SplitMix random)
    {
        using var writer = PeopleExport.Open(path);
        writer.Write("person_id,given_name,family_name,former_family_name,address_line1,address_line2,address_line3,town,postcode,phones\n");
        for (var i = 0; i < 20; i++)
        {
            var number = 3 + (i * 14);
            if (Duplicated.Contains(number))
            {
                number++;
            }

            var person = people[number - 1];
            switch (i % 3)
            {
                case 0:
                    person = person with { Address = PeopleExport.AddressOf(ref random) };
                    break;
                case 1:
                    person = person with { Phones = PeopleExport.Mobile(ref random) };
                    break;
                default:
                    var family = PeopleExport.Pick(ref random, UkNames.Family);
                    person = person with { FamilyName = family == person.FamilyName ? family + "-Hughes" : family, FormerFamilyName = person.FamilyName };
                    break;
            }

            var a = person.Address;
            writer.Write(string.Join(',', person.Id, person.GivenName, person.FamilyName, person.FormerFamilyName, a.Line1, a.Line2, a.Line3, a.Town, a.Postcode, person.Phones) + "\n");
        }
    }
}
