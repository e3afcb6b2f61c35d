namespace Mandaat.Cli.Tests;

/// <summary>
/// Hostile files in a batch (issue 25): each is refused with its name and the limit it passes, the good files
/// beside it are stored, the run ends quickly with exit 1, and the limits are set by the environment.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void A_zip_bomb_and_a_nesting_bomb_cost_only_themselves_and_the_good_files_beside_them_are_stored()
    {
        _workspace.Write("batch/a-bom.docx", HostileFiles.ZipBomb(megabytes: 256));
        _workspace.Write("batch/b-diep.xml", HostileFiles.DeeplyNestedXml(5_000));
        File.Copy(Path.Combine(RepoPaths.Samples, "004_1032a86c60c8a1fe.txt"), Path.Combine(_workspace.Folder, "batch", "c-brief.txt"));

        var run = _workspace.Run("ingest", Path.Combine(_workspace.Folder, "batch"), "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("kst-27925-504", run.Json.GetProperty("ingested")[0].GetProperty("id").GetString());
        var failed = run.Json.GetProperty("failed").EnumerateArray().ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => f.GetProperty("error").GetString()!);
        Assert.Contains("MANDAAT_MAX_RATIO=200", failed["a-bom.docx"]);
        Assert.Contains("MANDAAT_MAX_XML_DEPTH=256", failed["b-diep.xml"]);
        Assert.Contains("error: " + Path.Combine(_workspace.Folder, "batch", "a-bom.docx") + ": word/media/image1.png unpacks to more than 200 times", run.Stderr);
    }

    [Fact]
    public void The_limits_are_raised_or_lowered_in_the_environment_and_a_document_past_one_is_refused_naming_it()
    {
        _workspace.Environment["MANDAAT_MAX_FACTS"] = "3";
        _workspace.Environment["MANDAAT_MAX_PARAGRAPHS"] = "100000";

        var run = _workspace.Run("ingest", Path.Combine(RepoPaths.Samples, "004_1032a86c60c8a1fe.txt"), "--json");

        Assert.Equal(1, run.ExitCode);
        var error = run.Json.GetProperty("failed")[0].GetProperty("error").GetString()!;
        Assert.Matches(@"^its \d+ facts are more than 3 \(limit MANDAAT_MAX_FACTS=3; set it higher to read such a file\)$", error);
        Assert.Equal(0, _workspace.Run("list", "--json").Json.GetArrayLength());
    }

    [Fact]
    public void A_document_of_more_words_than_the_limit_is_refused_naming_it_and_the_file_beside_it_is_stored()
    {
        _workspace.Environment["MANDAAT_MAX_WORDS"] = "1000";
        var small = Path.Combine(RepoPaths.Samples, "004_1032a86c60c8a1fe.txt");
        var large = Path.Combine(RepoPaths.Samples, "001_326debb848e5d1bd.txt");

        var run = _workspace.Run("ingest", small, large, "--json");

        Assert.Equal(1, run.ExitCode);
        var failed = Assert.Single(run.Json.GetProperty("failed").EnumerateArray());
        Assert.Equal(large, failed.GetProperty("path").GetString());
        Assert.Matches(@"^its \d+ words are more than 1000 \(limit MANDAAT_MAX_WORDS=1000; set it higher to read such a file\)$", failed.GetProperty("error").GetString());
        Assert.Equal(1, _workspace.Run("list", "--json").Json.GetArrayLength());
    }

    [Theory]
    [InlineData("MANDAAT_MAX_UNPACKED_MB", "0", "error: MANDAAT_MAX_UNPACKED_MB is 0; give a whole number from 1 to 4096 (default 256)")]
    [InlineData("MANDAAT_MAX_TEXT_CHARS", "veel", "error: MANDAAT_MAX_TEXT_CHARS is 'veel', not a whole number")]
    public void A_wrong_limit_stops_every_command_at_start_naming_it(string setting, string value, string message)
    {
        _workspace.Environment[setting] = value;

        var run = _workspace.Run("list");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Stderr.Trim());
    }

    public void Dispose() => _workspace.Dispose();
}
