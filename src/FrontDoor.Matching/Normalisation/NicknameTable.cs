using System.Collections.Frozen;
using System.Reflection;

namespace FrontDoor.Matching.Normalisation;

/// <summary>
/// Given-name equivalences (William ~ Bill), from "name has nickname" edges. The source lists edges
/// both ways round (bill has nickname robert, and william), so a transitive closure would make Robert
/// and William one name. Two names are therefore equivalent only when an edge joins them directly, or
/// through one intermediate name in a chain that gets shorter (margaret → peggy → peg). A match here
/// is evidence, never identity.
/// </summary>
public sealed class NicknameTable
{
    private static readonly Lazy<NicknameTable> DefaultTable = new(LoadDefault);

    private readonly FrozenDictionary<string, int> _ids;
    private readonly string[] _phonetics;
    private readonly int[][] _equivalents;

    private NicknameTable(FrozenDictionary<string, int> ids, string[] names, int[][] equivalents)
    {
        _ids = ids;
        _phonetics = [.. names.Select(name => Nysiis.Encode(name))];
        _equivalents = equivalents;
    }

    /// <summary>
    /// The curated British list, plus the carltonnorthern/nicknames table (Apache-2.0) when it was
    /// embedded at build time.
    /// </summary>
    public static NicknameTable Default => DefaultTable.Value;

    /// <summary>Only the curated British list in this assembly.</summary>
    public static NicknameTable BritishOnly { get; } = Build(BritishNicknames.Edges());

    public int NameCount => _ids.Count;

    /// <summary>
    /// A table from CSV rows <c>name1,relationship,name2</c> (header first) plus the curated British list.
    /// </summary>
    public static NicknameTable FromCsv(TextReader reader)
    {
        var edges = new List<(string Name, string Nickname)>(BritishNicknames.Edges());
        edges.AddRange(ReadCsv(reader));
        return Build(edges);
    }

    /// <summary>True when the two lower-case names are the same or known forms of each other.</summary>
    public bool AreEquivalent(string a, string b) =>
        a == b || (_ids.TryGetValue(a, out var x) && _ids.TryGetValue(b, out var y) && Contains(_equivalents[x], y));

    /// <summary>The name's id and its equivalents' ids (sorted), or null when it is not in the table.</summary>
    internal (int Id, int[] Equivalents)? Lookup(string name) =>
        _ids.TryGetValue(name, out var id) ? (id, _equivalents[id]) : null;

    /// <summary>The phonetic code (NYSIIS) of the name with this id, worked out once when the table is built.</summary>
    internal string PhoneticOf(int id) => _phonetics[id];

    internal static bool Contains(int[] sorted, int id) => Array.BinarySearch(sorted, id) >= 0;

    private static NicknameTable LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FrontDoor.Matching.nicknames.csv");
        if (stream is null)
        {
            return BritishOnly;
        }

        using var reader = new StreamReader(stream);
        return FromCsv(reader);
    }

    private static IEnumerable<(string, string)> ReadCsv(TextReader reader)
    {
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            if (parts.Length == 3 && parts[0].Length > 0 && parts[2].Length > 0)
            {
                yield return (parts[0].Trim().ToLowerInvariant(), parts[2].Trim().ToLowerInvariant());
            }
        }
    }

    private static NicknameTable Build(IEnumerable<(string Name, string Nickname)> edges)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var nicknames = new List<HashSet<int>>();
        int Id(string name)
        {
            if (!ids.TryGetValue(name, out var id))
            {
                id = ids.Count;
                ids.Add(name, id);
                names.Add(name);
                nicknames.Add([]);
            }

            return id;
        }

        foreach (var (name, nickname) in edges)
        {
            var from = Id(name);
            var to = Id(nickname);
            if (from != to)
            {
                nicknames[from].Add(to);
            }
        }

        var equivalents = new HashSet<int>[ids.Count];
        for (var i = 0; i < equivalents.Length; i++)
        {
            equivalents[i] = [i];
        }

        for (var a = 0; a < nicknames.Count; a++)
        {
            foreach (var x in nicknames[a])
            {
                equivalents[a].Add(x);
                equivalents[x].Add(a);
                foreach (var b in nicknames[x])
                {
                    if (b != a && names[b].Length < names[x].Length)
                    {
                        equivalents[a].Add(b);
                        equivalents[b].Add(a);
                    }
                }
            }
        }

        var sorted = equivalents.Select(set =>
        {
            var array = set.ToArray();
            Array.Sort(array);
            return array;
        }).ToArray();
        return new NicknameTable(ids.ToFrozenDictionary(StringComparer.Ordinal), [.. names], sorted);
    }
}
