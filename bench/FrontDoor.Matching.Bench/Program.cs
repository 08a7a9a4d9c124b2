using FrontDoor.Matching.Bench;

var mode = args.Length > 0 ? args[0] : "help";
switch (mode)
{
    case "febrl":
        FebrlAccuracy.Run(args.Length > 1 ? args[1] : Path.Combine(RepositoryRoot.Find(), "..", "shared", "data", "febrl"));
        break;
    default:
        Console.WriteLine("usage: febrl [folder] | latency [people] | dedupe [people]");
        break;
}
