using Spectre.Console;

namespace FrontDoor.Cli;

/// <summary>One report of a long command's progress: its stage, how far through, and the line to print when redirected.</summary>
internal readonly record struct ProgressLine(string Stage, long Done, long Total, string Text);

/// <summary>
/// Spectre.Console progress bars on a terminal; when output is redirected (CI, a nightly job) a line at each new
/// stage, each tenth of the way and the end.
/// </summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<TProgress, T>(Func<IProgress<TProgress>, Task<T>> work, Func<TProgress, ProgressLine> read)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            (string? Stage, long Tenth) last = (null, -1);
            return await work(new SynchronousProgress<TProgress>(report =>
            {
                var line = read(report);
                var tenth = line.Total <= 0 ? 10 : line.Done * 10 / line.Total;
                if (line.Stage != last.Stage || tenth != last.Tenth)
                {
                    Console.Error.WriteLine(line.Text);
                    last = (line.Stage, tenth);
                }
            }));
        }

        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                return await work(new SynchronousProgress<TProgress>(report =>
                {
                    var line = read(report);
                    if (!tasks.TryGetValue(line.Stage, out var task))
                    {
                        foreach (var earlier in tasks.Values)
                        {
                            earlier.Value = earlier.MaxValue;
                        }

                        task = context.AddTask(line.Stage, maxValue: Math.Max(1, line.Total));
                        tasks[line.Stage] = task;
                    }

                    task.Value = line.Done;
                }));
            });
    }
}
