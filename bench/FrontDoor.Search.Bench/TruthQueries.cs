using System.Globalization;
using FrontDoor.Core.Demo;
using FrontDoor.Core.People;

namespace FrontDoor.Search.Bench;

/// <summary>One search an advisor might type from a corrupted duplicate's details, and the original a good search ranks first.</summary>
internal sealed record TruthQuery(string Kind, string Text, Guid Original, Guid Duplicate)
{
    public string QueryString => $"?q={Uri.EscapeDataString(Text)}&max=10";
}

/// <summary>The load test's queries: every corrupted duplicate in the county (up to a count), rotating four shapes.</summary>
internal static class TruthQueries
{
    public const int DefaultCount = 2_000;

    public static List<TruthQuery> From(GeneratedCounty county, int count = DefaultCount)
    {
        var originals = new Dictionary<int, Person>();
        foreach (var person in county.People.Where(p => p.Likeness == DemoLikeness.None))
        {
            originals.TryAdd(person.Identity, person.Person);
        }

        var duplicates = county.People.Where(p => p.Likeness == DemoLikeness.Duplicate && originals.ContainsKey(p.Identity)).ToList();
        var step = Math.Max(1, duplicates.Count / count);
        var queries = new List<TruthQuery>(count);
        for (var i = 0; i < duplicates.Count && queries.Count < count; i += step)
        {
            var duplicate = duplicates[i].Person;
            var (kind, text) = QueryFor(duplicate, queries.Count % 4);
            queries.Add(new TruthQuery(kind, text, originals[duplicates[i].Identity].Id, duplicate.Id));
        }

        return queries;
    }

    /// <summary>What an advisor types from what a caller says; the duplicate's typos, nicknames and swapped dates come along.</summary>
    private static (string Kind, string Text) QueryFor(Person duplicate, int rotation)
    {
        var dob = duplicate.DateOfBirth!.Value;
        return rotation switch
        {
            1 => ("surname+dob", $"{duplicate.Name.FamilyName} {dob.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}"),
            2 when duplicate.NhsNumber is { } nhs => ("nhs", nhs.Formatted),
            3 when duplicate.Address is { } address => ("name+postcode", $"{duplicate.Name.GivenName} {duplicate.Name.FamilyName} {address.Postcode.Value}"),
            _ => ("name+dob", $"{duplicate.Name.GivenName} {duplicate.Name.FamilyName} {dob.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"),
        };
    }
}
