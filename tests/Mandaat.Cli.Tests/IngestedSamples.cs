namespace Mandaat.Cli.Tests;

/// <summary>One workspace with the samples ingested once, shared by the read-only command tests.</summary>
public sealed class IngestedSamples : IDisposable
{
    internal CliWorkspace Workspace { get; } = new();

    public IngestedSamples()
    {
        var run = Workspace.Run("ingest", RepoPaths.Samples);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("ingest of the samples failed: " + run.Stderr);
        }
    }

    public void Dispose() => Workspace.Dispose();
}
