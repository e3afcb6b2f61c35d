namespace Mandaat.Cli.Tests;

/// <summary>
/// Copies of one Kamerstuk from different sites are renditions of one version, not revisions of each other; a
/// changed file read before, or a copy that announces a reprint, is a new version. Real copies of kst-27925-662
/// (tweedekamer.nl and Parlementaire Monitor) through the real CLI.
/// </summary>
public sealed class RenditionOrVersionTests : IDisposable
{
    private static readonly string RealWorld = Path.Combine(RepoPaths.Root, "tests", "data", "realworld");

    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void Copies_of_one_paper_from_two_sites_are_one_document_in_its_first_version()
    {
        var run = _workspace.Run("ingest", Path.Combine(RealWorld, "tweedekamer-2019D41884.txt"), Path.Combine(RealWorld, "parlementairemonitor-27925-662.txt"), "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(1, run.Json.GetProperty("ingested").GetArrayLength());
        Assert.Equal(0, run.Json.GetProperty("updated").GetArrayLength());
        Assert.Equal(1, run.Json.GetProperty("unchanged").GetArrayLength());
        Assert.Equal(1, _workspace.Run("show", "kst-27925-662", "--json").Json.GetProperty("version").GetInt32());
    }

    [Fact]
    public void The_same_file_changed_or_a_copy_that_announces_a_reprint_is_a_new_version()
    {
        var text = File.ReadAllText(Path.Combine(RealWorld, "tweedekamer-2019D41884.txt"));
        var file = _workspace.Write("brief.txt", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(0, _workspace.Run("ingest", file).ExitCode);

        File.WriteAllText(file, text + "\nDeze zin is toegevoegd in een verbeterde tekst.\n");
        var changed = _workspace.Run("ingest", file, "--json");
        var reprint = _workspace.Run("ingest", _workspace.Write("herdruk.txt", System.Text.Encoding.UTF8.GetBytes("Herdruk\n" + text)), "--json");

        Assert.Equal(1, changed.Json.GetProperty("updated").GetArrayLength());
        Assert.Equal(1, reprint.Json.GetProperty("updated").GetArrayLength());
        Assert.Equal(3, _workspace.Run("show", "kst-27925-662", "--json").Json.GetProperty("version").GetInt32());
    }

    public void Dispose() => _workspace.Dispose();
}
