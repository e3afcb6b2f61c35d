using System.Text.Json;
using Xunit.Abstractions;

namespace Mandaat.Cli.Tests;

/// <summary>
/// The relevance set of tests/data/search/relevance.json through the real pipeline and CLI: mean
/// reciprocal rank of the first relevant sample and recall@5, above the thresholds of docs/SEARCH.md.
/// </summary>
public sealed class SearchRelevanceTests(IngestedSamples samples, ITestOutputHelper output) : IClassFixture<IngestedSamples>
{
    [Fact]
    public void The_relevance_set_scores_above_its_thresholds_through_the_cli()
    {
        var samplesById = samples.Workspace.Run("list", "--json").Json.EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => Path.GetFileName(d.GetProperty("path").GetString()!)[..3]);
        using var set = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "data", "search", "relevance.json")));
        var queries = set.RootElement.GetProperty("queries").EnumerateArray().ToList();

        double mrr = 0, recall = 0;
        foreach (var query in queries)
        {
            var text = query.GetProperty("query").GetString()!;
            var relevant = query.GetProperty("relevant").EnumerateArray().Select(r => r.GetString()!).ToList();
            var run = samples.Workspace.Run("search", text, "--limit", "5", "--json");
            Assert.True(run.ExitCode == 0, $"{text}: {run.Stderr}");
            var ranked = run.Json.EnumerateArray().Select(h => samplesById.GetValueOrDefault(h.GetProperty("id").GetString()!, "?")).ToList();
            var rank = ranked.FindIndex(relevant.Contains);
            mrr += rank < 0 ? 0 : 1.0 / (rank + 1);
            recall += (double)ranked.Count(relevant.Contains) / relevant.Count;
            if (rank != 0)
            {
                output.WriteLine($"{text}: first relevant at {rank + 1}, got [{string.Join(", ", ranked)}]");
            }
        }

        mrr /= queries.Count;
        recall /= queries.Count;
        output.WriteLine($"queries {queries.Count}, MRR {mrr:0.000}, recall@5 {recall:0.000}");
        Assert.True(queries.Count >= 25);
        Assert.True(mrr >= 0.85, $"MRR {mrr:0.000}");
        Assert.True(recall >= 0.9, $"recall@5 {recall:0.000}");
    }
}
