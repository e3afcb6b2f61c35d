using System.Text;

namespace Mandaat.Cli.Tests;

/// <summary>
/// MANDAAT_MISSIONS through the real CLI process: a file of the shape of missions.json adds its missions to
/// what the extractor tags; a named file that is missing or malformed is a wrong setting, one error line naming
/// it with exit code 2 before the command (or <c>serve</c>) starts, never the shipped catalogue in silence.
/// </summary>
public sealed class MissionCatalogSettingTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void A_catalogue_file_adds_missions_the_extracted_facts_are_tagged_with()
    {
        var catalogue = _workspace.Write("missies.json", Encoding.UTF8.GetBytes(
            """{"missions": [{"id": "zeemeeuw", "name": "Operatie Zeemeeuw", "aliases": ["Zeemeeuw"]}]}"""));
        var letter = _workspace.Write("brief.txt", Encoding.UTF8.GetBytes(
            "Het kabinet stuurt 40 militairen naar Operatie Zeemeeuw voor de duur van maximaal een jaar.\n"));

        var without = _workspace.Run("facts", letter, "--format", "json");
        _workspace.Environment["MANDAAT_MISSIONS"] = catalogue;
        var with = _workspace.Run("facts", letter, "--format", "json");

        Assert.True(with.ExitCode == 0, with.Stderr);
        var personnel = with.Json.EnumerateArray().Single(f => f.GetProperty("type").GetString() == "personnel");
        Assert.Equal(["zeemeeuw"], personnel.GetProperty("missions").EnumerateArray().Select(m => m.GetString()));
        Assert.DoesNotContain("zeemeeuw", without.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missions --json")]
    [InlineData("serve --port 0")]
    public void A_named_file_that_does_not_exist_exits_two_with_an_error_line_naming_it(string command)
    {
        var missing = Path.Combine(_workspace.Folder, "geen-missies.json");
        _workspace.Environment["MANDAAT_MISSIONS"] = missing;

        var run = _workspace.Run(command.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: MANDAAT_MISSIONS names no file: {missing}; give the path of a missions file or leave it unset", run.Stderr.Trim());
        Assert.Equal(string.Empty, run.Stdout.Trim());
    }

    [Fact]
    public void A_malformed_file_exits_two_with_one_error_line_naming_it_and_no_stack_trace()
    {
        var broken = _workspace.Write("kapot.json", Encoding.UTF8.GetBytes("{\"missions\": [{\"id\": \"x\","));
        _workspace.Environment["MANDAAT_MISSIONS"] = broken;

        var run = _workspace.Run("facts", Path.Combine(RepoPaths.Samples, "004_1032a86c60c8a1fe.txt"), "--format", "json");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: MANDAAT_MISSIONS names a file that is no mission catalogue: the mission catalogue '{broken}' is not valid JSON", line, StringComparison.Ordinal);
        Assert.EndsWith("; give a file of the shape of missions.json or leave it unset", line, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();
}
