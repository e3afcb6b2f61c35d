using Mandaat.Search.Ranking;
using Mandaat.Store;
using Mandaat.Store.Postgres;
using Mandaat.Store.Sqlite;
using Mandaat.Testing;
using Xunit.Abstractions;

namespace Mandaat.Search.Tests;

/// <summary>
/// The relevance set over the samples on PostgreSQL: the same thresholds as on SQLite, and for every query
/// the same first document as SQLite gives (the issue's "results agree" criterion).
/// </summary>
public sealed class PostgresRelevanceTests(ITestOutputHelper output) : IDisposable
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-relevance-pg-").FullName;

    [Fact]
    public async Task The_relevance_set_scores_above_its_thresholds_and_every_query_has_the_same_first_document_as_on_SQLite()
    {
        await using var postgres = new PostgresDocumentStore(_database.ConnectionString);
        await using var sqlite = new SqliteDocumentStore(Path.Combine(_folder, "test.db"));
        foreach (var store in new IDocumentStore[] { postgres, sqlite })
        {
            await store.MigrateAsync(default);
            foreach (var document in RawSamples.Load())
            {
                await store.SaveAsync(document, default);
            }
        }

        var queries = RelevanceSet.Load();
        var (mrr, recall, passages, misses) = RelevanceSet.Score(queries, q => Top(postgres, q.Query).Select(h => (h.Id, h.Snippet)).ToList());
        var disagreements = queries
            .Select(q => (q.Query, Postgres: First(postgres, q.Query), Sqlite: First(sqlite, q.Query)))
            .Where(x => x.Postgres != x.Sqlite)
            .Select(x => $"{x.Query}: PostgreSQL {x.Postgres}, SQLite {x.Sqlite}")
            .ToList();

        output.WriteLine($"queries {queries.Count}, MRR {mrr:0.000}, recall@5 {recall:0.000}, passage shown {passages:0.000}, first document differs {disagreements.Count}");
        misses.ForEach(output.WriteLine);
        disagreements.ForEach(output.WriteLine);
        Assert.True(mrr >= 0.85, $"MRR {mrr:0.000}: {string.Join("; ", misses)}");
        Assert.True(recall >= 0.9, $"recall@5 {recall:0.000}: {string.Join("; ", misses)}");
        Assert.True(passages >= 0.9, $"passages {passages:0.000}: {string.Join("; ", misses)}");
        // Both backends rank with BM25 (the same formula, IDF and passage lengths) and aggregate passages in the
        // shared SearchFlow, so even near-ties ("Syrie": 5.44 against 5.41) fall the same way.
        Assert.True(disagreements.Count == 0, string.Join("; ", disagreements));
    }

    private static string? First(ISearchService search, string query) => Top(search, query) is [var first, ..] ? first.Id : null;

    private static IReadOnlyList<SearchHit> Top(ISearchService search, string query)
    {
        var outcome = search.SearchAsync(new SearchRequest(query, Limit: 5), default).GetAwaiter().GetResult();
        Assert.True(outcome.Succeeded, outcome.Error);
        return outcome.Value;
    }

    public void Dispose()
    {
        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
