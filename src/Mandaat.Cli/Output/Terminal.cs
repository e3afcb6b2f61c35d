using Spectre.Console;

namespace Mandaat.Cli.Output;

/// <summary>
/// The two consoles: stdout for results, stderr for progress, logs and errors, so that --json output
/// is never mixed with anything else.
/// </summary>
public static class Terminal
{
    public static IAnsiConsole Out { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>One error line in the contract's form; the message says what to do.</summary>
    public static void WriteError(string message) => Console.Error.WriteLine($"error: {message}");
}
