using System.CommandLine;
using FrontDoor.Matching.Io;

namespace FrontDoor.Cli.Linking;

/// <summary><c>frontdoor link --left L.csv --right R.csv --out pairs.csv [--format febrl] [--threshold P]</c></summary>
public static class LinkCommand
{
    public static Command Create()
    {
        var left = new Option<FileInfo>("--left") { Description = "People CSV on the left.", Required = true };
        var right = new Option<FileInfo>("--right") { Description = "People CSV on the right.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Pairs CSV to write: left_id,right_id,probability.", Required = true };
        var format = LinkingVerb.FormatOption();
        var threshold = LinkingVerb.ThresholdOption();
        var command = new Command("link", "Find the people in two files who are the same person.") { left, right, output, format, threshold };
        command.SetAction(parseResult => LinkingVerb.Run(parseResult.GetValue(output)!, (writer, progress) =>
        {
            using var leftReader = LinkingVerb.Open(parseResult.GetValue(left)!, "left");
            using var rightReader = LinkingVerb.Open(parseResult.GetValue(right)!, "right");
            return LinkCommandRunner.Link(leftReader, rightReader, writer, LinkingVerb.Layout(parseResult.GetValue(format)),
                parseResult.GetValue(threshold), progress: progress);
        }));
        return command;
    }
}
