using System.Text.RegularExpressions;

namespace Mandaat.Fuzz.Tests;

/// <summary>
/// The fuzzer as ./test runs it: a few seconds of every target over the real seeds finds nothing; the harness's
/// detectors catch a crash, a hang and a memory blow-up (targets that misbehave on purpose); saved findings replay.
/// The ten-minute run per reader is on demand: <c>./mandaat fuzz</c> (docs/OPERATIONS.md).
/// </summary>
public sealed partial class FuzzCampaignTests : IDisposable
{
    private const string Fuzz = "mandaat-fuzz.dll";

    private readonly CliWorkspace _workspace = new(Fuzz);

    [Fact]
    public void A_few_seconds_of_every_reader_and_the_query_parser_find_no_crash_hang_or_blow_up()
    {
        var run = _workspace.Run("--seconds", "4", "--out", Path.Combine(_workspace.Folder, "findings"));

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var lines = Summary().Matches(run.Stdout).ToDictionary(m => m.Groups["target"].Value, m => (Inputs: int.Parse(m.Groups["inputs"].Value), Outcomes: int.Parse(m.Groups["outcomes"].Value), Findings: int.Parse(m.Groups["findings"].Value)));
        Assert.Equal(["txt", "pdf", "xml", "html", "docx", "query"], lines.Keys);
        Assert.All(lines.Values, l => Assert.Equal(0, l.Findings));
        // The mutations reach more than one behaviour of each target: the seeds are read and the edits matter.
        Assert.All(lines, l => Assert.True(l.Value.Outcomes > 3 && l.Value.Inputs > l.Value.Outcomes / 2, $"{l.Key}: {l.Value}"));
    }

    [Theory]
    [InlineData("self-crash", "crash", "InvalidOperationException")]
    [InlineData("self-hang", "hang", "no answer within 2 s")]
    [InlineData("self-memory", "memory", "")]
    public void The_harness_saves_an_input_that_crashes_hangs_or_passes_the_memory_ceiling(string target, string kind, string what)
    {
        var findings = Path.Combine(_workspace.Folder, "findings");

        var run = _workspace.Run("--target", target, "--seconds", "1", "--timeout-ms", "2000", "--memory-mb", "256", "--out", findings);

        Assert.Equal(1, run.ExitCode);
        var saved = Directory.GetFiles(Path.Combine(findings, target), kind + "-*.finding");
        Assert.Single(saved);
        Assert.Contains(what, File.ReadAllText(saved[0]), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.ChangeExtension(saved[0], ".bin")));
    }

    [Fact]
    public void Replay_runs_saved_inputs_again_and_fails_on_one_that_still_crashes()
    {
        var saved = Path.Combine(_workspace.Folder, "saved", "self-crash");
        Directory.CreateDirectory(saved);
        File.WriteAllBytes(Path.Combine(saved, "crash-1.bin"), [1]);
        var query = Path.Combine(_workspace.Folder, "saved", "query");
        Directory.CreateDirectory(query);
        File.WriteAllText(Path.Combine(query, "ok-1.txt"), "\"force protection\" OR (Erbil -Mali");

        var run = _workspace.Run("replay", Path.Combine(_workspace.Folder, "saved"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("query ok-1.txt: ok ok:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("self-crash crash-1.bin: crash InvalidOperationException", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_input_the_fuzzer_found_is_now_read_or_refused_in_time()
    {
        var found = Path.Combine(RepoPaths.Root, "tests", "data", "fuzz");
        var started = System.Diagnostics.Stopwatch.StartNew();

        var run = _workspace.Run("replay", found);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal(Directory.GetFiles(found, "*.finding", SearchOption.AllDirectories).Length, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), $"the replay took {started.Elapsed}");
    }

    public void Dispose() => _workspace.Dispose();

    [GeneratedRegex(@"^(?<target>\w+): (?<inputs>\d+) inputs in \d+ s, (?<outcomes>\d+) distinct outcomes, corpus \d+, (?<findings>\d+) findings", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
