using Mandaat.Search.Ranking;
using Mandaat.Store.Sqlite;
using Xunit.Abstractions;

namespace Mandaat.Search.Tests;

/// <summary>The relevance set over the samples (split on blank lines) in a real SQLite store: MRR and recall@5 above a threshold.</summary>
public sealed class SampleRelevanceTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-relevance-").FullName;

    [Fact]
    public async Task The_relevance_set_scores_above_its_thresholds()
    {
        await using var store = new SqliteDocumentStore(Path.Combine(_folder, "test.db"));
        await store.MigrateAsync(default);
        foreach (var document in RawSamples.Load())
        {
            await store.SaveAsync(document, default);
        }

        var queries = RelevanceSet.Load();
        var (mrr, recall, passages, misses) = RelevanceSet.Score(queries, q =>
        {
            var outcome = store.SearchAsync(new SearchRequest(q.Query, Limit: 5), default).GetAwaiter().GetResult();
            Assert.True(outcome.Succeeded, outcome.Error);
            return outcome.Value.Select(h => (h.Id, h.Snippet)).ToList();
        });

        output.WriteLine($"queries {queries.Count}, MRR {mrr:0.000}, recall@5 {recall:0.000}, passage shown {passages:0.000}");
        misses.ForEach(output.WriteLine);
        Assert.True(queries.Count >= 25);
        Assert.True(mrr >= 0.85, $"MRR {mrr:0.000}: {string.Join("; ", misses)}");
        Assert.True(recall >= 0.9, $"recall@5 {recall:0.000}: {string.Join("; ", misses)}");
        Assert.True(passages >= 0.9, $"passages {passages:0.000}: {string.Join("; ", misses)}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
