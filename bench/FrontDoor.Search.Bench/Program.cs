using FrontDoor.Search.Bench;

// search-bench load     <connection> <people> <out-dir>   demo county into PostgreSQL, plus queries.txt and truth.tsv
// search-bench trgm     <connection> <url>                the pg_trgm endpoint a team would otherwise build
// search-bench engine   <people> [misses]           the ranking in process (no web, no database), printing some misses
// search-bench accuracy <product-url> <cookie> <trgm-url> <truth.tsv>   precision and recall of both
return args switch
{
    ["load", var connection, var people, var outDir] => await CountyLoader.RunAsync(connection, int.Parse(people, System.Globalization.CultureInfo.InvariantCulture), outDir),
    ["trgm", var connection, var url] => await TrigramSearchApp.RunAsync(connection, url),
    ["engine", var people] => EngineCheck.Run(int.Parse(people, System.Globalization.CultureInfo.InvariantCulture), 0),
    ["engine", var people, var misses] => EngineCheck.Run(int.Parse(people, System.Globalization.CultureInfo.InvariantCulture), int.Parse(misses, System.Globalization.CultureInfo.InvariantCulture)),
    ["accuracy", var product, var cookie, var trgm, var truth] => await AccuracyCheck.RunAsync(new Uri(product), cookie, new Uri(trgm), truth),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: search-bench load <connection> <people> <out-dir> | engine <people> [misses] | trgm <connection> <url> | accuracy <product-url> <cookie> <trgm-url> <truth.tsv>");
    return 2;
}
