using Mandaat.Search.Ranking;
using Mandaat.Store.Postgres;
using Mandaat.Testing;

namespace Mandaat.Store.Tests;

/// <summary>Schema version 2 (passage lengths for BM25) on a fresh store and on one saved at version 1.</summary>
public sealed class PostgresMigrationTests : IDisposable
{
    private const string Passage = "SELECT tokens FROM search_units WHERE unit = 'paragraph' AND number = 1;";

    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    [Fact]
    public async Task A_store_saved_at_version_1_gets_its_passage_lengths_and_searches_as_a_fresh_one()
    {
        await using (var store = new PostgresDocumentStore(_database.ConnectionString))
        {
            await store.MigrateAsync(default);
            await store.SaveAsync(TestDocuments.Letter(), default);
        }

        // "De bijdrage bestaat uit maximaal 150 militairen tot en met 31 december 2023.": 13 words, no compounds.
        Assert.Equal(13, await _database.ScalarAsync<int>(Passage));

        // Back to what version 1 left behind, as a store saved by an earlier Mandaat.
        await _database.ScalarAsync<object>(
            """
            DROP FUNCTION mandaat_bm25;
            DROP INDEX search_units_tokens;
            ALTER TABLE search_units DROP COLUMN tokens;
            DROP TABLE import_checkpoints;
            DROP TABLE official_sources;
            DROP TABLE document_versions;
            ALTER TABLE documents DROP COLUMN official;
            ALTER TABLE documents DROP COLUMN version;
            DELETE FROM schema_version WHERE version >= 2;
            """);

        await using var upgraded = new PostgresDocumentStore(_database.ConnectionString);
        await upgraded.MigrateAsync(default);

        Assert.Equal(13, await _database.ScalarAsync<int>(Passage));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM search_units WHERE tokens <= 0;"));
        var hits = await upgraded.SearchAsync(new SearchRequest("militairen"), default);
        Assert.True(hits.Succeeded, hits.Error);
        var hit = Assert.Single(hits.Value);
        Assert.Equal("kst-27925-999", hit.Id);
        Assert.True(hit.Score > 0);
    }

    public void Dispose() => _database.Dispose();
}
