using System.CommandLine;

namespace Mandaat.Cli;

/// <summary>Options every command takes (CLI.md "Global behaviour").</summary>
public static class GlobalOptions
{
    public static Option<string?> Db { get; } = new("--db")
    {
        Description = "The store: a SQLite file path (default ./mandaat.db, or $MANDAAT_DB) or a PostgreSQL connection string.",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Print machine-readable JSON on stdout instead of tables.",
        Recursive = true,
    };

    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print logs and, on failure, the stack trace on stderr.",
        Recursive = true,
    };
}
