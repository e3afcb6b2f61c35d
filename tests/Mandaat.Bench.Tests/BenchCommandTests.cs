using System.Text.Json;

namespace Mandaat.Bench.Tests;

/// <summary>bench on a tiny corpus through the real bench tool, as `./mandaat bench` runs it: proves it runs and reports every figure; it judges no timing.</summary>
public sealed class BenchCommandTests
{
    private const string Bench = "mandaat-bench.dll";

    [Fact]
    public void Bench_json_on_a_tiny_corpus_reports_positive_figures_and_target_verdicts()
    {
        using var workspace = new CliWorkspace(Bench);

        var run = workspace.Run("bench", "--docs", "10", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var figures = run.Json;
        Assert.Equal(10, figures.GetProperty("documents").GetInt32());
        Assert.Equal(0, figures.GetProperty("ingest_failures").GetInt32());
        foreach (var field in new[]
        {
            "corpus_megabytes", "ingest_megabytes_per_second", "raw_megabytes_per_second", "ingest_ratio",
            "search_p50_milliseconds", "search_p95_milliseconds", "raw_search_p50_milliseconds", "raw_search_p95_milliseconds",
            "search_p95_ratio", "http_search_p50_milliseconds", "http_search_p95_milliseconds", "http_search_p95_ratio",
            "peak_working_set_megabytes", "ingest_seconds", "group_ingest_seconds", "scaled_ingest_seconds", "scaling_ratio",
        })
        {
            Assert.True(figures.GetProperty(field).GetDouble() > 0, field);
        }

        // Scaling divides 4N by the mean of a round of N ingests, which no single fastest N ingest can beat.
        var group = figures.GetProperty("group_ingest_seconds").GetDouble();
        Assert.True(group >= figures.GetProperty("ingest_seconds").GetDouble());
        Assert.Equal(figures.GetProperty("scaled_ingest_seconds").GetDouble() / group, figures.GetProperty("scaling_ratio").GetDouble(), 6);

        Assert.True(figures.GetProperty("queries").GetInt32() >= 20);
        foreach (var verdict in new[] { "ingest_met", "memory_met", "scaling_met", "search_met", "http_search_met" })
        {
            Assert.Contains(figures.GetProperty(verdict).ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        }

        // Every stage of the ingest is timed, and the stages the samples pass through all take time.
        var stages = figures.GetProperty("ingest_stage_seconds");
        Assert.Equal(["read", "normalize", "identify", "segment", "extract", "analyse", "store"], stages.EnumerateObject().Select(s => s.Name));
        Assert.All(new[] { "read", "normalize", "extract", "store" }, stage => Assert.True(stages.GetProperty(stage).GetDouble() > 0, stage));

        AssertPdfFigure(figures);

        // bench works in its own temp folder, the web server it hosts included; the user's store is never created.
        Assert.False(File.Exists(workspace.Database));
    }

    // tests/setup/poppler.sh installs pdftotext for ./test; without it the figure must say so, not invent a number.
    private static void AssertPdfFigure(JsonElement figures)
    {
        Assert.True(figures.GetProperty("pdf_files").GetInt32() >= 1, "the repository ships PDF fixtures under tests/data");
        var fields = new[] { "pdf_pig_milliseconds", "pdftotext_milliseconds", "pdf_extraction_ratio" };
        if (PdftotextInstalled())
        {
            foreach (var field in fields)
            {
                Assert.True(figures.GetProperty(field).GetDouble() > 0, field);
            }

            Assert.Contains(figures.GetProperty("pdf_extraction_met").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.Equal(JsonValueKind.Null, figures.GetProperty("pdf_extraction_not_measured").ValueKind);
        }
        else
        {
            foreach (var field in fields.Append("pdf_extraction_met"))
            {
                Assert.Equal(JsonValueKind.Null, figures.GetProperty(field).ValueKind);
            }

            Assert.Contains("pdftotext not installed", figures.GetProperty("pdf_extraction_not_measured").GetString(), StringComparison.Ordinal);
        }
    }

    private static bool PdftotextInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "pdftotext")));

    [Fact]
    public void Bench_rejects_a_non_positive_size_as_a_usage_error()
    {
        using var workspace = new CliWorkspace(Bench);

        Assert.Equal(2, workspace.Run("bench", "--docs", "0").ExitCode);
    }
}
