using System.Diagnostics;

namespace Mandaat.Cli.Tests;

/// <summary>
/// Walking folders (issue 25): symbolic links are followed once per real folder, a loop and a folder that
/// cannot be read are failures named in the report (exit 1), and progress reaches stderr when stdout is
/// redirected.
/// </summary>
public sealed class FolderWalkTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    private string Letters => Path.Combine(_workspace.Folder, "brieven");

    [Fact]
    public void Two_links_that_form_a_loop_end_the_walk_with_the_loop_named_and_each_document_stored_once()
    {
        Sample("a/brief-504.txt", "004_1032a86c60c8a1fe.txt");
        Sample("b/brief-607.txt", "001_326debb848e5d1bd.txt");
        File.CreateSymbolicLink(Path.Combine(Letters, "a", "naar-b"), Path.Combine("..", "b"));
        File.CreateSymbolicLink(Path.Combine(Letters, "b", "naar-a"), Path.Combine("..", "a"));

        var clock = Stopwatch.StartNew();
        var run = _workspace.Run("ingest", Letters, "--json");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["kst-27925-504", "kst-27925-607"], run.Json.GetProperty("ingested").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order());
        var failure = Assert.Single(run.Json.GetProperty("failed").EnumerateArray());
        Assert.Equal(Path.Combine(Letters, "a", "naar-b", "naar-a"), failure.GetProperty("path").GetString());
        Assert.Equal($"a symbolic link loop: this folder is {Path.Combine(Letters, "a")}, which holds it; it was walked once", failure.GetProperty("error").GetString());
        Assert.Contains($"error: {Path.Combine(Letters, "a", "naar-b", "naar-a")}: a symbolic link loop", run.Stderr);
    }

    [Fact]
    public void A_second_link_to_a_folder_already_walked_adds_nothing_and_is_no_failure()
    {
        Sample("a/brief-504.txt", "004_1032a86c60c8a1fe.txt");
        Directory.CreateDirectory(Path.Combine(Letters, "b"));
        File.CreateSymbolicLink(Path.Combine(Letters, "b", "ook-a"), Path.Combine("..", "a"));

        var run = _workspace.Run("ingest", Letters, Path.Combine(Letters, "b", "ook-a"), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Json.GetProperty("ingested").EnumerateArray());
        Assert.Empty(run.Json.GetProperty("unchanged").EnumerateArray());
    }

    [Fact]
    public void A_folder_that_cannot_be_read_is_a_named_failure_inside_a_walk_and_when_named_itself()
    {
        Sample("open/brief-504.txt", "004_1032a86c60c8a1fe.txt");
        Sample("dicht/brief-607.txt", "001_326debb848e5d1bd.txt");
        var locked = Path.Combine(Letters, "dicht");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        // Root reads every folder; without the rights to pass permission checks it meets them as any user does.
        _workspace.Launcher = Environment.UserName == "root" ? ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"] : [];
        try
        {
            var walk = _workspace.Run("ingest", Letters, "--json");
            var named = _workspace.Run("ingest", locked, "--json");

            Assert.Equal(1, walk.ExitCode);
            Assert.Equal("kst-27925-504", Assert.Single(walk.Json.GetProperty("ingested").EnumerateArray()).GetProperty("id").GetString());
            var failure = Assert.Single(walk.Json.GetProperty("failed").EnumerateArray());
            Assert.Equal(locked, failure.GetProperty("path").GetString());
            Assert.Equal("permission denied: the folder cannot be read; its documents were not ingested", failure.GetProperty("error").GetString());
            Assert.Equal(1, named.ExitCode);
            Assert.Equal(locked, Assert.Single(named.Json.GetProperty("failed").EnumerateArray()).GetProperty("path").GetString());
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Progress_goes_to_stderr_when_stdout_is_redirected()
    {
        Sample("brief-504.txt", "004_1032a86c60c8a1fe.txt");

        var run = _workspace.Run("ingest", Letters);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"ingest: 1 of 1 files done (brief-504.txt){Environment.NewLine}", run.Stderr);
        Assert.DoesNotContain("ingest:", run.Stdout);
    }

    private void Sample(string name, string sample)
    {
        var path = Path.Combine(Letters, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(RepoPaths.Samples, sample), path);
    }

    public void Dispose() => _workspace.Dispose();
}
