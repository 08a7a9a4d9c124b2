using System.CommandLine;
using FrontDoor.Matching.Io;

namespace FrontDoor.Cli.Linking;

/// <summary><c>frontdoor dedupe --in F.csv --out pairs.csv [--format febrl] [--threshold P]</c></summary>
public static class DedupeCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--in") { Description = "People CSV to deduplicate.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Pairs CSV to write: id1,id2,probability.", Required = true };
        var format = LinkingVerb.FormatOption();
        var threshold = LinkingVerb.ThresholdOption();
        var command = new Command("dedupe", "Find records within one file that are the same person.") { input, output, format, threshold };
        command.SetAction(parseResult => LinkingVerb.Run(parseResult.GetValue(output)!, (writer, progress) =>
        {
            using var reader = LinkingVerb.Open(parseResult.GetValue(input)!, "input");
            return LinkCommandRunner.Dedupe(reader, writer, LinkingVerb.Layout(parseResult.GetValue(format)),
                parseResult.GetValue(threshold), progress: progress);
        }));
        return command;
    }
}
