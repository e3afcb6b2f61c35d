using System.Text.RegularExpressions;

namespace Mandaat.Fuzz.Tests;

/// <summary>
/// The fuzzer as ./test runs it: a short run of every target over the real seeds, guided by the coverage of the
/// instrumented readers and parsers, covers more than the seeds and finds nothing; coverage leads to a planted bug
/// that blind mutation misses; the harness's detectors catch a crash, a hang and a memory blow-up (targets that
/// misbehave on purpose); saved findings replay.
/// The ten-minute run per reader is on demand: <c>./mandaat fuzz</c> (docs/OPERATIONS.md).
/// </summary>
public sealed partial class FuzzCampaignTests : IDisposable
{
    private const string Fuzz = "mandaat-fuzz.dll";

    private readonly CliWorkspace _workspace = new(Fuzz);

    [Fact]
    public void A_short_run_of_every_reader_and_the_query_parser_covers_more_than_the_seeds_and_finds_nothing()
    {
        // A budget of inputs, not of time, so the check does not depend on the machine's speed.
        var run = _workspace.Run("--runs", "150", "--seconds", "300", "--seed", "1", "--out", Path.Combine(_workspace.Folder, "findings"));

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var lines = Summary().Matches(run.Stdout).ToDictionary(m => m.Groups["target"].Value, m => (Inputs: int.Parse(m.Groups["inputs"].Value), Edges: int.Parse(m.Groups["edges"].Value), SeedEdges: int.Parse(m.Groups["seeds"].Value), Findings: int.Parse(m.Groups["findings"].Value)));
        Assert.Equal(["txt", "pdf", "xml", "html", "docx", "query"], lines.Keys);
        Assert.All(lines.Values, l => Assert.Equal(0, l.Findings));
        Assert.All(lines.Values, l => Assert.Equal(150, l.Inputs));
        // The instrumentation works: the seeds reach code in each target's reader and parsers, and mutations of
        // them reach code the seeds did not.
        Assert.All(lines, l => Assert.True(l.Value.SeedEdges > 300 && l.Value.Edges > l.Value.SeedEdges, $"{l.Key}: {l.Value}"));
    }

    [Fact]
    public void Coverage_leads_to_a_planted_bug_that_blind_mutation_does_not_find_in_the_same_number_of_inputs()
    {
        var findings = Path.Combine(_workspace.Folder, "findings");
        const string Budget = "10000";

        var guided = _workspace.Run("--target", "self-maze", "--runs", Budget, "--seconds", "600", "--seed", "2", "--stop-at-first", "--out", Path.Combine(findings, "guided"));
        var blind = _workspace.Run("--target", "self-maze", "--runs", Budget, "--seconds", "600", "--seed", "2", "--guide", "None", "--out", Path.Combine(findings, "blind"));

        Assert.True(guided.ExitCode == 1, guided.Stdout + guided.Stderr);
        Assert.Contains("the planted bug at the end of the maze", guided.Stdout, StringComparison.Ordinal);
        var found = long.Parse(FirstFinding().Match(guided.Stdout).Groups["inputs"].Value);
        Assert.InRange(found, 1, long.Parse(Budget));
        Assert.True(blind.ExitCode == 0, blind.Stdout + blind.Stderr);
        Assert.Contains($"self-maze: {Budget} inputs", blind.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 findings", blind.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("self-crash", "crash", "InvalidOperationException")]
    [InlineData("self-hang", "hang", "no answer within 12 s")]
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
    public void Minimise_cuts_a_finding_down_to_the_bytes_that_make_it_fail_and_refuses_an_input_that_does_not_fail()
    {
        // The planted maze fails on its first four bytes alone; everything after them is noise to cut.
        var finding = Path.Combine(_workspace.Folder, "crash-maze.bin");
        File.WriteAllBytes(finding, [0x0A, 0x1A, 0x2A, 0x3A, .. System.Text.Encoding.ASCII.GetBytes("noise after the end of the maze, to be cut away")]);
        var harmless = Path.Combine(_workspace.Folder, "harmless.txt");
        File.WriteAllText(harmless, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal");

        var run = _workspace.Run("minimise", "--target", "self-maze", finding);
        var refused = _workspace.Run("minimise", "--target", "txt", harmless);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal([0x0A, 0x1A, 0x2A, 0x3A], File.ReadAllBytes(Path.Combine(_workspace.Folder, "crash-maze.min.bin")));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("does not fail", refused.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_workspace.Folder, "harmless.min.txt")));
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

    [GeneratedRegex(@"^(?<target>\w+): (?<inputs>\d+) inputs in \d+ s, \d+ distinct outcomes, (?<edges>\d+) edges \((?<seeds>\d+) by the seeds\), corpus \d+, (?<findings>\d+) findings", RegexOptions.Multiline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"the first after (?<inputs>\d+) inputs")]
    private static partial Regex FirstFinding();
}
