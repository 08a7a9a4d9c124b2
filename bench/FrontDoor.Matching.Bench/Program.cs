using System.Globalization;
using FrontDoor.Matching.Bench;

var mode = args.Length > 0 ? args[0] : "help";
int Number(int position, int fallback) => args.Length > position ? int.Parse(args[position], CultureInfo.InvariantCulture) : fallback;
switch (mode)
{
    case "febrl" or "febrl-misses":
        FebrlAccuracy.Run(args.Length > 1 && !int.TryParse(args[1], CultureInfo.InvariantCulture, out _) ? args[1] : Path.Combine(RepositoryRoot.Find(), "reference-data", "febrl"),
            args.Length > 1 && int.TryParse(args[^1], CultureInfo.InvariantCulture, out var explain) ? explain : 0,
            misses: mode == "febrl-misses");
        break;
    case "latency":
        ScaleBenchmark.Latency(Number(1, 1_000_000), Number(2, 10_000));
        break;
    case "dedupe":
        ScaleBenchmark.Dedupe(Number(1, 1_000_000));
        break;
    case "uk":
        UkAccuracy.Run(Number(1, 50_000), Number(2, 42), Number(3, 0),
            args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 0.02,
            args.Length > 5 ? double.Parse(args[5], CultureInfo.InvariantCulture) : 0.6);
        break;
    case "uk-misses":
        UkMisses.Run(Number(1, 50_000), Number(2, 42), args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 0.02,
            args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 0.6, args.Length > 5 ? args[5] : null);
        break;
    case "uk-shapes":
        UkShapes.Run(Number(1, 50_000), Number(2, 42), args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 0.02,
            args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 0.5);
        break;
    default:
        Console.WriteLine("usage: febrl [folder] [missed to print] | febrl-misses [folder] (every missed pair and false link, with why) | latency [people] [queries] | dedupe [people] | uk [people] [seed] [missed and wrong to print] [share of people recorded twice, default 0.02] [share of moved duplicates holding the address before, default 0.6] | uk-misses [people] [seed] [share] [moved duplicates' former-address share, default 0.6] [file to write, default the console] (every missed pair and false link with levels, weights and a count by kind) | uk-shapes [people] [seed] [share] [lowest probability, default 0.5]");
        break;
}
