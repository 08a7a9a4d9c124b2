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

    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? error = null)
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
            return await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation.Token);
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
