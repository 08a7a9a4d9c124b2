using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace FrontDoor.Search.Bench;

/// <summary>
/// Asks both searches every truth-labelled query (a corrupted duplicate's details) and checks the original person is
/// ranked first, ignoring the duplicate record itself (it is in the database too, and matches its own details).
/// Recall@1: the original first. Recall@10: anywhere in the ten. Precision of top answer: of the queries with any
/// result, how often the first was right. Precision when confident: the same over answers the search stands behind
/// (the product: Possible or Very likely; pg_trgm has no confidence, so any row).
/// </summary>
internal static class AccuracyCheck
{
    private const double ConfidentProbability = 0.5;

    public static async Task<int> RunAsync(Uri product, string cookie, Uri trgm, string truthFile)
    {
        using var productClient = new HttpClient { BaseAddress = product };
        productClient.DefaultRequestHeaders.Add("Cookie", cookie);
        using var trgmClient = new HttpClient { BaseAddress = trgm };
        var lines = (await File.ReadAllLinesAsync(truthFile)).Select(l => l.Split('\t')).ToList();

        var productScore = new Score();
        var trgmScore = new Score();
        foreach (var (kind, queryString, original, own) in lines.Select(l => (l[0], l[1], Guid.Parse(l[2]), Guid.Parse(l[3]))))
        {
            using var productJson = JsonDocument.Parse(await productClient.GetStringAsync(new Uri("api/v1/people/search" + queryString, UriKind.Relative)));
            var productRanked = productJson.RootElement.GetProperty("people").EnumerateArray()
                .Select(p => (Id: p.GetProperty("id").GetGuid(), Probability: p.GetProperty("probability").ValueKind == JsonValueKind.Number ? p.GetProperty("probability").GetDouble() : 0))
                .Where(p => p.Id != own).ToList();
            productScore.Add(kind, productRanked.Select(p => p.Id).ToList(), original, productRanked.Count > 0 && productRanked[0].Probability >= ConfidentProbability);

            using var trgmJson = JsonDocument.Parse(await trgmClient.GetStringAsync(new Uri("trgm/search" + queryString, UriKind.Relative)));
            var trgmRanked = trgmJson.RootElement.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Where(id => id != own).ToList();
            trgmScore.Add(kind, trgmRanked, original, trgmRanked.Count > 0);
        }

        Console.WriteLine("| search | queries | recall@1 | recall@10 | precision of top answer | precision when confident | confident |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(productScore.Row("FrontDoor engine (all)"));
        Console.WriteLine(trgmScore.Row("pg_trgm (all)"));
        foreach (var kind in lines.Select(l => l[0]).Distinct().Order(StringComparer.Ordinal))
        {
            Console.WriteLine(productScore.Row($"FrontDoor engine ({kind})", kind));
            Console.WriteLine(trgmScore.Row($"pg_trgm ({kind})", kind));
        }

        return 0;
    }

    private sealed class Score
    {
        private readonly List<(string Kind, bool First, bool InTen, bool Any, bool Answered)> _rows = [];

        public void Add(string kind, List<Guid> ranked, Guid original, bool answered) =>
            _rows.Add((kind, ranked.Count > 0 && ranked[0] == original, ranked.Contains(original), ranked.Count > 0, answered));

        public string Row(string label, string? kind = null)
        {
            var rows = _rows.Where(r => kind is null || r.Kind == kind).ToList();
            var any = rows.Where(r => r.Any).ToList();
            var answered = rows.Where(r => r.Answered).ToList();
            return string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {rows.Count} | {Share(rows.Count(r => r.First), rows.Count)} | {Share(rows.Count(r => r.InTen), rows.Count)} | {Share(any.Count(r => r.First), any.Count)} | {Share(answered.Count(r => r.First), answered.Count)} | {Share(answered.Count, rows.Count)} |");
        }

        private static string Share(int part, int whole) => whole == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");
    }
}
