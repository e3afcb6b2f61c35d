using Spectre.Console;

namespace Mandaat.Cli.Output;

/// <summary>
/// The two consoles: stdout for results, stderr for progress, logs and errors, so that --json output
/// is never mixed with anything else.
/// </summary>
public static class Terminal
{
    public static IAnsiConsole Out { get; } = CreateOut();

    /// <summary>
    /// Interactive exactly when stderr is a terminal: Spectre would judge by the other streams, and so drew no
    /// progress when stdout went to a file (and would draw a bar into a log).
    /// </summary>
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
        Interactive = Console.IsErrorRedirected ? InteractionSupport.No : InteractionSupport.Yes,
    });

    // Redirected output has no terminal width; Spectre would assume 80 columns and cut ids short.
    private static IAnsiConsole CreateOut()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>One error line in the contract's form; the message says what to do.</summary>
    public static void WriteError(string message) => Console.Error.WriteLine($"error: {message}");

    /// <summary>A warning on stderr: something the user should know that did not fail.</summary>
    public static void WriteWarning(string message) => Console.Error.WriteLine($"warning: {message}");
}
