using System.CommandLine;
using FrontDoor.Core;
using FrontDoor.Core.Data;

namespace FrontDoor.Cli;

/// <summary>Exit codes and one-line errors, the same for every verb.</summary>
public static class CommandLineRunner
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    /// <param name="output">Where verbs that take their writers from the invocation write; the console when null.</param>
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? error = null, TextWriter? output = null)
    {
        error ??= Console.Error;
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"frontdoor: {parseError.Message}");
            }

            return UsageError;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output ?? Console.Out, Error = error };
            return await parseResult.InvokeAsync(invocation, cancellation.Token);
        }
        catch (InvalidConfigurationException ex)
        {
            await error.WriteLineAsync($"frontdoor: {ex.Message}");
            return UsageError;
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync($"frontdoor: {ex.Message}");
            return UsageError;
        }
        catch (DomainValidationException ex)
        {
            // A rule refused what was typed (an unknown id, a name too long): the user's to fix, so a usage error.
            await error.WriteLineAsync($"frontdoor: {ex.Message.TrimEnd('.')}.");
            return UsageError;
        }
        catch (DatabaseUnavailableException ex)
        {
            await error.WriteLineAsync($"frontdoor: {ex.Message}");
            return Failure;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("frontdoor: cancelled.");
            return Failure;
        }
    }
}

/// <summary>The command line was understood but asks for something impossible; exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
