using System.Globalization;
using FrontDoor.Matching.Bench;

var mode = args.Length > 0 ? args[0] : "help";
int Number(int position, int fallback) => args.Length > position ? int.Parse(args[position], CultureInfo.InvariantCulture) : fallback;
switch (mode)
{
    case "febrl":
        FebrlAccuracy.Run(args.Length > 1 ? args[1] : Path.Combine(RepositoryRoot.Find(), "reference-data", "febrl"));
        break;
    case "latency":
        ScaleBenchmark.Latency(Number(1, 1_000_000), Number(2, 10_000));
        break;
    case "dedupe":
        ScaleBenchmark.Dedupe(Number(1, 1_000_000));
        break;
    case "uk":
        UkAccuracy.Run(Number(1, 50_000), Number(2, 42), Number(3, 0));
        break;
    default:
        Console.WriteLine("usage: febrl [folder] | latency [people] [queries] | dedupe [people] | uk [people] [seed]");
        break;
}
