namespace Mandaat.Cli;

/// <summary>The exit codes of CLI.md.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A runtime failure, including some inputs of a batch that could not be read.</summary>
    public const int Failure = 1;

    /// <summary>Bad usage or a bad argument: unknown option, malformed query, unknown id.</summary>
    public const int Usage = 2;
}
