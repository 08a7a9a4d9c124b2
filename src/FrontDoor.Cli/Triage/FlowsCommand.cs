using System.CommandLine;
using System.Globalization;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Cli.Triage;

/// <summary>
/// <c>frontdoor flows validate [DIR]</c>: checks a folder of triage flow files (by default the flows FrontDoor ships)
/// without a database, so a team manager or a pull request can check a flow before it is uploaded or merged. Exit 0
/// when every file is valid; exit 2 naming each problem as <c>file:line: reason</c>.
/// </summary>
public static class FlowsCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo?>("DIR") { Description = "A folder of flow files (*.yaml); the flows FrontDoor ships when left out.", Arity = ArgumentArity.ZeroOrOne };
        var validate = new Command("validate", "Check triage flow files against the flow schema and rules; exit 2 naming each file, line and reason.") { directory };
        validate.SetAction(async (parseResult, cancellationToken) =>
        {
            var folder = parseResult.GetValue(directory);
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (folder is { Exists: false })
            {
                throw new UsageException($"no folder {folder.FullName}");
            }

            var set = folder is null ? TriageFlowFiles.ReadShipped() : TriageFlowFiles.ReadDirectory(folder.FullName);
            var where = folder is null ? "the shipped flows" : folder.FullName;
            if (set.Files == 0)
            {
                throw new UsageException($"no flow files (*.yaml, *.yml) in {where}");
            }

            foreach (var problem in set.Problems)
            {
                await error.WriteLineAsync(problem.ToString().AsMemory(), cancellationToken);
            }

            var broken = set.Problems.Select(p => p.File).Distinct(StringComparer.Ordinal).Count();
            if (broken > 0)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"frontdoor: {broken} of {set.Files} flow files in {where} are not valid ({set.Problems.Count} problems)."));
                return CommandLineRunner.UsageError;
            }

            foreach (var flow in set.Flows.OrderBy(f => f.Id, StringComparer.Ordinal))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{flow.Id} (version {flow.Version}): {flow.Steps.Count} steps, {flow.Outcomes.Count} outcomes"));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"All {set.Files} flow files in {where} are valid."));
            return CommandLineRunner.Success;
        });

        return new Command("flows", "Triage flows: the guided scripts advisors follow.") { validate };
    }
}
