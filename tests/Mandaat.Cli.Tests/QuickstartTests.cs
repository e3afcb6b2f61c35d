namespace Mandaat.Cli.Tests;

/// <summary>The README's first command does Mandaat's main job on the bundled samples.</summary>
public sealed class QuickstartTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void Quickstart_ingests_the_samples_and_prints_an_overview()
    {
        var run = _workspace.Run("quickstart");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("kst-27925-607", run.Stdout);
        Assert.Contains("Facts:", run.Stdout);
        Assert.True(File.Exists(_workspace.Database));
    }

    public void Dispose() => _workspace.Dispose();
}
