using System.Collections.Frozen;
using System.Reflection;

namespace FrontDoor.Matching.Normalisation;

/// <summary>
/// Given-name equivalences (William ~ Bill). Built from "name has nickname" edges. Two names are
/// equivalent when some name reaches both by following edges forwards (itself included): so
/// margaret → peggy → peg links margaret and peg, and bill ~ bob through robert, but robert and
/// william are not joined merely because both have the nickname bill. That is why this is not a
/// plain transitive closure, and why a match here is evidence, never identity.
/// </summary>
public sealed class NicknameTable
{
    private static readonly Lazy<NicknameTable> DefaultTable = new(LoadDefault);

    private readonly FrozenDictionary<string, int[]> _roots;

    private NicknameTable(FrozenDictionary<string, int[]> roots) => _roots = roots;

    /// <summary>
    /// The curated British list, plus the carltonnorthern/nicknames table (Apache-2.0) when it was
    /// embedded at build time.
    /// </summary>
    public static NicknameTable Default => DefaultTable.Value;

    /// <summary>Only the curated British list in this assembly.</summary>
    public static NicknameTable BritishOnly { get; } = Build(BritishNicknames.Edges());

    public int NameCount => _roots.Count;

    /// <summary>
    /// A table from CSV rows <c>name1,relationship,name2</c> (header first) plus the curated British list.
    /// </summary>
    public static NicknameTable FromCsv(TextReader reader)
    {
        var edges = new List<(string Name, string Nickname)>(BritishNicknames.Edges());
        edges.AddRange(ReadCsv(reader));
        return Build(edges);
    }

    /// <summary>True when the two lower-case names are the same or share a root name.</summary>
    public bool AreEquivalent(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        return _roots.TryGetValue(a, out var ra) && _roots.TryGetValue(b, out var rb) && Intersect(ra, rb);
    }

    internal int[]? RootsOf(string name) => _roots.GetValueOrDefault(name);

    internal static bool Intersect(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

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
        var parents = new List<List<int>>();
        int Id(string name)
        {
            if (!ids.TryGetValue(name, out var id))
            {
                id = ids.Count;
                ids.Add(name, id);
                parents.Add([]);
            }

            return id;
        }

        foreach (var (name, nickname) in edges)
        {
            var from = Id(name);
            var to = Id(nickname);
            if (from != to)
            {
                parents[to].Add(from);
            }
        }

        // Every name's ancestors (the names that reach it), itself included.
        var roots = new Dictionary<string, int[]>(ids.Count, StringComparer.Ordinal);
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        foreach (var (name, id) in ids)
        {
            seen.Clear();
            stack.Push(id);
            while (stack.TryPop(out var node))
            {
                if (seen.Add(node))
                {
                    foreach (var parent in parents[node])
                    {
                        stack.Push(parent);
                    }
                }
            }

            var sorted = seen.ToArray();
            Array.Sort(sorted);
            roots[name] = sorted;
        }

        return new NicknameTable(roots.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
