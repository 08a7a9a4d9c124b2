using System.Globalization;
using FrontDoor.Core.Demo;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching.Linking;

namespace FrontDoor.Matching.UkSynthetic;

/// <summary>
/// The demo-county people as a council's case system would hold them, with the generator's truth kept
/// aside for scoring only (shared by the test and the bench). Records with the same identity are one human;
/// spouses, twins and juniors are different humans who share a surname and an address.
/// </summary>
internal sealed class UkSyntheticSet
{
    private readonly Dictionary<string, DemoPerson> _truth;

    private UkSyntheticSet(List<PersonRecord> records, Dictionary<string, DemoPerson> truth)
    {
        Records = records;
        _truth = truth;
        TruePairs = records.GroupBy(r => truth[r.Id].Identity).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
    }

    public IReadOnlyList<PersonRecord> Records { get; }

    public long TruePairs { get; }

    /// <param name="duplicateShare">Of the people, the share recorded twice (the demo county's 2% by default).</param>
    /// <param name="addressHistory">How often former addresses are on record; the demo county's defaults when null.</param>
    public static UkSyntheticSet Generate(int people, int seed, double duplicateShare = 0.02, DemoAddressHistory? addressHistory = null)
    {
        // No contacts: only the people are needed, and the same seed gives the same people.
        var options = new DemoCountyOptions(people, seed, new DateOnly(2025, 3, 31), contactsPerMonth: 0, months: 1)
        {
            DuplicateShare = duplicateShare,
            AddressHistory = addressHistory ?? new DemoAddressHistory(),
        };
        var county = new DemoCountyGenerator(options).Generate();
        var records = new List<PersonRecord>(county.People.Count);
        var truth = new Dictionary<string, DemoPerson>(county.People.Count, StringComparer.Ordinal);
        foreach (var demo in county.People)
        {
            var record = ToRecord(demo.Person);
            records.Add(record);
            truth[record.Id] = demo;
        }

        return new UkSyntheticSet(records, truth);
    }

    /// <summary>A case-system person as the engine's record; duplicates keep their own LAS IDs, as two case records would.</summary>
    public static PersonRecord ToRecord(Person person)
    {
        var address = person.Address;
        var houseNumber = address?.HouseNumber;
        var street = address?.Line1;
        if (houseNumber is not null && street is not null && street.StartsWith(houseNumber, StringComparison.Ordinal))
        {
            street = street[houseNumber.Length..].TrimStart(' ', ',');
        }

        return new PersonRecord(person.Id.ToString("N"))
        {
            GivenName = person.Name.GivenName,
            FamilyName = person.Name.FamilyName,
            KnownAs = person.Name.KnownAs,
            FormerFamilyName = person.Name.FormerFamilyName,
            DateOfBirth = person.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            NhsNumber = person.NhsNumber?.Value,
            LasId = person.LasId,
            HouseNumber = houseNumber,
            AddressLine = street,
            Town = address?.Town,
            Postcode = address?.Postcode.Value,
            Phone = person.Phones.Count > 0 ? person.Phones[0].Value : null,
            Email = person.Email,
            PreviousAddresses = PersonMatchRecords.PreviousAddressesOf(person),
        };
    }

    /// <summary>Duplicates made under the original's maiden name (the original has since married): her two records' ids.</summary>
    public IReadOnlyList<(string Original, string Duplicate)> MaidenNamePairs() =>
        [.. Records.GroupBy(r => _truth[r.Id].Identity)
            .Select(g => (Original: g.FirstOrDefault(r => _truth[r.Id].Likeness != DemoLikeness.Duplicate), Duplicates: g.Where(r => _truth[r.Id].Likeness == DemoLikeness.Duplicate)))
            .Where(g => g.Original?.FormerFamilyName is not null)
            .SelectMany(g => g.Duplicates
                .Where(d => string.Equals(d.FamilyName, g.Original!.FormerFamilyName, StringComparison.Ordinal))
                .Select(d => (g.Original!.Id, d.Id)))];

    /// <summary>Precision, recall and the false links by the kind of look-alike involved, for the pairs at or above a probability.</summary>
    public UkScore Score(IEnumerable<LinkedPair> pairs, double threshold)
    {
        long predicted = 0, correct = 0, twins = 0, spouses = 0, juniors = 0, others = 0;
        foreach (var pair in pairs)
        {
            if (pair.Probability < threshold)
            {
                continue;
            }

            predicted++;
            var (a, b) = (_truth[pair.FirstId], _truth[pair.SecondId]);
            if (a.Identity == b.Identity)
            {
                correct++;
                continue;
            }

            // A look-alike is generated next to the person it resembles, so a false pair with one in it is almost always that pair.
            var likeness = a.Likeness is DemoLikeness.Twin or DemoLikeness.Spouse or DemoLikeness.Junior ? a.Likeness : b.Likeness;
            switch (likeness)
            {
                case DemoLikeness.Twin: twins++; break;
                case DemoLikeness.Spouse: spouses++; break;
                case DemoLikeness.Junior: juniors++; break;
                default: others++; break;
            }
        }

        return new UkScore(threshold, predicted, correct, TruePairs, twins, spouses, juniors, others);
    }

    /// <summary>
    /// Calibration: the pairs in each band of probability, with the mean probability the engine gave them and the share
    /// that truly are one person. A calibrated engine's two columns agree.
    /// </summary>
    public IReadOnlyList<CalibrationBand> Calibration(IEnumerable<LinkedPair> pairs, IReadOnlyList<double> edges)
    {
        var bands = new List<CalibrationBand>();
        var scored = pairs.Select(p => (p.Probability, Same: _truth[p.FirstId].Identity == _truth[p.SecondId].Identity)).ToList();
        for (var i = 0; i < edges.Count; i++)
        {
            var (from, to) = (edges[i], i + 1 < edges.Count ? edges[i + 1] : double.PositiveInfinity);
            var inBand = scored.Where(p => p.Probability >= from && p.Probability < to).ToList();
            bands.Add(new CalibrationBand(from, inBand.Count, inBand.Count == 0 ? 0 : inBand.Average(p => p.Probability),
                inBand.Count == 0 ? 0 : inBand.Count(p => p.Same) / (double)inBand.Count));
        }

        return bands;
    }

    /// <summary>True pairs missing from <paramref name="pairs"/> at the threshold, and false pairs in it: for looking at mistakes.</summary>
    public (List<(string, string)> Missed, List<(string, string)> Wrong) Mistakes(IEnumerable<LinkedPair> pairs, double threshold)
    {
        var found = pairs.Where(p => p.Probability >= threshold).Select(p => Ordered(p.FirstId, p.SecondId)).ToHashSet();
        var wrong = found.Where(p => _truth[p.Item1].Identity != _truth[p.Item2].Identity).ToList();
        var missed = Records.GroupBy(r => _truth[r.Id].Identity).Where(g => g.Count() > 1)
            .SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => Ordered(a.Id, b.Id))))
            .Where(p => !found.Contains(p)).ToList();
        return (missed, wrong);
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>
    /// The records with every duplicate dropped but the share <paramref name="keepDuplicateShare"/> of them: a case
    /// system's index, where duplicates are rare. The first record of each human is always kept.
    /// </summary>
    public List<PersonRecord> WithDuplicateShare(double keepDuplicateShare)
    {
        var seen = new HashSet<int>();
        var kept = new List<PersonRecord>();
        var step = keepDuplicateShare <= 0 ? int.MaxValue : (int)Math.Round(1 / keepDuplicateShare);
        var duplicates = 0;
        foreach (var record in Records)
        {
            if (seen.Add(_truth[record.Id].Identity) || (++duplicates % step == 0))
            {
                kept.Add(record);
            }
        }

        return kept;
    }

    /// <summary>Whether two records are one human (for scoring and analysis only).</summary>
    public bool SameHuman(string a, string b) => _truth[a].Identity == _truth[b].Identity;

    public int Count(DemoLikeness likeness) => _truth.Values.Count(p => p.Likeness == likeness);
}

internal readonly record struct UkScore(double Threshold, long Predicted, long Correct, long TruePairs, long FalseTwins, long FalseSpouses, long FalseJuniors, long FalseOthers)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public double Recall => TruePairs == 0 ? 1 : (double)Correct / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"p>={Threshold}: predicted {Predicted}, correct {Correct} of {TruePairs}, precision {Precision:0.0000}, recall {Recall:0.0000}, F1 {F1:0.0000}; false links: twins {FalseTwins}, spouses {FalseSpouses}, juniors {FalseJuniors}, others {FalseOthers}");
}

internal readonly record struct CalibrationBand(double From, int Pairs, double MeanProbability, double ShareTrue)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"p>={From,-6}: {Pairs,6} pairs, mean probability {MeanProbability:0.0000}, truly one person {ShareTrue:0.0000}");
}
