using System.Text;

namespace Mandaat.Cli.Tests;

/// <summary>
/// <c>mission merge</c> and <c>mission rename</c> through the real CLI process: they write the file MANDAAT_MISSIONS
/// names, so the next command finds the mission by its new name; without the setting they exit 2 and say how to start one.
/// </summary>
public sealed class MissionEditCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void A_rename_is_written_to_the_users_file_and_the_next_command_finds_the_mission_by_it()
    {
        var catalogue = _workspace.Write("missies.json", Encoding.UTF8.GetBytes("""{"missions": []}"""));
        _workspace.Environment["MANDAAT_MISSIONS"] = catalogue;

        var ingest = _workspace.Run("ingest", Path.Combine(RepoPaths.Root, "tests", "data", "realworld", "koop-kst-27925-193.txt"));
        var rename = _workspace.Run("mission", "rename", "uruzgan", "Task Force Uruzgan", "--json");
        var show = _workspace.Run("mission", "Task Force Uruzgan", "--json");

        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        Assert.True(rename.ExitCode == 0, rename.Stderr);
        Assert.Equal("isaf", rename.Json.GetProperty("renamed").GetProperty("id").GetString());
        Assert.Contains("\"renames\"", File.ReadAllText(catalogue), StringComparison.Ordinal);
        Assert.True(show.ExitCode == 0, show.Stderr);
        Assert.Equal("isaf", show.Json.GetProperty("mission").GetProperty("id").GetString());
        Assert.Equal("Task Force Uruzgan", show.Json.GetProperty("mission").GetProperty("name").GetString());
        Assert.Contains("kst-27925-193", show.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_without_a_missions_file_exits_two_and_says_how_to_start_one()
    {
        var run = _workspace.Run("mission", "merge", "allied-protector", "ocean-shield");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MANDAAT_MISSIONS is not set", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();
}
