using Mandaat.Search.Ranking;
using Mandaat.Store.Postgres;
using Mandaat.Testing;

namespace Mandaat.Store.Tests;

/// <summary>Schema versions 2 (passage lengths for BM25) and 8 (Mandaat's terms, indexed again) on a fresh store and on one saved at version 1.</summary>
public sealed class PostgresMigrationTests : IDisposable
{
    private const string Passage = "SELECT tokens FROM search_units WHERE unit = 'paragraph' AND number = 1;";

    /// <summary>Every unit's terms, in a fixed order: a store indexed again (version 8) holds what a fresh one holds.</summary>
    private const string Terms = "SELECT string_agg(terms::text, ' | ' ORDER BY unit, number, span_start) FROM search_units;";

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
        var terms = await _database.ScalarAsync<string>(Terms);

        // Back to what version 1 left behind, as a store saved by an earlier Mandaat: no lengths, and terms made by
        // PostgreSQL's own stemmer (what version 8 replaced with Mandaat's analyzer).
        await _database.ScalarAsync<object>(
            """
            DROP INDEX documents_dossier_upper;
            DROP TABLE register_snapshots;
            DROP TABLE register_generation;
            DROP TABLE register_entries;
            DROP FUNCTION mandaat_bm25;
            DROP INDEX search_units_tokens;
            ALTER TABLE search_units DROP COLUMN tokens;
            DROP TABLE official_commitments;
            DROP TABLE import_checkpoints;
            DROP TABLE official_sources;
            DROP TABLE document_versions;
            ALTER TABLE documents DROP COLUMN official;
            ALTER TABLE documents DROP COLUMN version;
            ALTER TABLE search_units DROP COLUMN terms;
            CREATE TEXT SEARCH DICTIONARY mandaat_dutch_stem (TEMPLATE = snowball, Language = dutch);
            CREATE TEXT SEARCH CONFIGURATION mandaat_dutch (COPY = pg_catalog.dutch);
            ALTER TEXT SEARCH CONFIGURATION mandaat_dutch
                ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
                WITH unaccent, mandaat_dutch_stem;
            ALTER TABLE search_units ADD COLUMN terms tsvector GENERATED ALWAYS AS (to_tsvector('mandaat_dutch', body)) STORED;
            CREATE INDEX search_units_terms ON search_units USING gin (terms);
            CREATE FUNCTION mandaat_prefix(word text) RETURNS tsquery LANGUAGE sql STABLE AS $$
                SELECT COALESCE(string_agg(DISTINCT lexeme || ':*', ' | ')::tsquery, ''::tsquery)
                FROM (SELECT quote_literal(unnest(lexemes)) AS lexeme FROM ts_debug('mandaat_dutch', word) WHERE cardinality(lexemes) > 0) AS forms
            $$;
            DELETE FROM schema_version WHERE version >= 2;
            """);
        Assert.NotEqual(terms, await _database.ScalarAsync<string>(Terms));

        await using var upgraded = new PostgresDocumentStore(_database.ConnectionString);
        await upgraded.MigrateAsync(default);

        Assert.Equal(13, await _database.ScalarAsync<int>(Passage));
        Assert.Equal(terms, await _database.ScalarAsync<string>(Terms));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM search_units WHERE tokens <= 0;"));
        var hits = await upgraded.SearchAsync(new SearchRequest("militairen"), default);
        Assert.True(hits.Succeeded, hits.Error);
        var hit = Assert.Single(hits.Value);
        Assert.Equal("kst-27925-999", hit.Id);
        Assert.True(hit.Score > 0);
    }

    public void Dispose() => _database.Dispose();
}
