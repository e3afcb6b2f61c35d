using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store;
using Mandaat.Store.Indexing;
using Mandaat.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Mandaat.Search.Tests;

/// <summary>
/// SQLite-specific: a store from before search (schema version 1) is indexed when migrated, one from
/// before unit ids carried their document (version 2) is indexed again in the new layout, and one with
/// a single FTS5 table for documents and passages (version 3) has its rows moved to one table per kind, the
/// documents' one contentless (version 5).
/// </summary>
public sealed class SqliteSearchSchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-search-schema-").FullName;

    private string DbPath => Path.Combine(_folder, "test.db");

    [Fact]
    public async Task Documents_stored_before_search_existed_are_indexed_by_the_migration()
    {
        await SaveTwoDocumentsAsync();

        // Turn the file back into a version 1 store that holds documents but no index.
        await ExecuteAsync("DROP TABLE search_totals; DROP TABLE document_fts; DROP TABLE passage_fts; DROP TABLE search_units; DROP INDEX documents_date; DELETE FROM schema_version WHERE version >= 2;");

        await using var upgraded = await UpgradedAsync();

        await AssertFindsTheLetterAndTheQuestionAsync(upgraded);
    }

    [Fact]
    public async Task A_version_2_index_with_sequential_unit_ids_is_rebuilt_in_the_document_layout()
    {
        await SaveTwoDocumentsAsync();

        // Renumber the units 1, 2, 3, … with the whole document last, as version 2 wrote them.
        await ToVersion3Async();
        await ExecuteAsync(
            """
            CREATE TEMP TABLE old AS SELECT u.*, f.body, f.parts FROM search_units u JOIN search_fts f ON f.rowid = u.id;
            DELETE FROM search_units;
            INSERT INTO search_units SELECT ROW_NUMBER() OVER (ORDER BY document_id, unit = 'document', id), document_id, unit, number, span_start, span_end FROM old;
            INSERT INTO search_fts (rowid, body, parts) SELECT ROW_NUMBER() OVER (ORDER BY document_id, unit = 'document', id), body, parts FROM old;
            DELETE FROM schema_version WHERE version >= 3;
            """);

        await using var upgraded = await UpgradedAsync();

        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM search_units WHERE unit = 'document' AND (id & 1048575) = 0;"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM search_units WHERE unit <> 'document' AND (id & 1048575) = 0;"));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(DISTINCT document_id) FROM search_units GROUP BY id >> 20 ORDER BY 1 DESC LIMIT 1;"));
        Assert.Equal(await ScalarAsync("SELECT COUNT(*) FROM search_units;"), await ScalarAsync("SELECT (SELECT COUNT(*) FROM document_fts) + (SELECT COUNT(*) FROM passage_fts);"));
        await AssertFindsTheLetterAndTheQuestionAsync(upgraded);
        Assert.Equal("paragraph", Assert.Single((await upgraded.SearchAsync(new SearchRequest("KDC-10"), default)).Value).Unit);
    }

    [Fact]
    public async Task A_version_3_index_in_one_table_is_moved_to_a_table_per_kind_without_losing_a_row()
    {
        await SaveTwoDocumentsAsync();
        var scores = await ScoresAsync("militair");

        await ToVersion3Async();
        var units = await ScalarAsync("SELECT COUNT(*) FROM search_units;");
        Assert.Equal(units, await ScalarAsync("SELECT COUNT(*) FROM search_fts;"));

        await using var upgraded = await UpgradedAsync();

        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'search_fts';"));
        // Version 5 made document_fts contentless: no copy of the terms, the same index, so the same scores.
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('document_fts_content', 'document_index');"));
        Assert.Equal(scores, await ScoresAsync("militair"));
        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM document_fts;"));
        Assert.Equal(units - 2, await ScalarAsync("SELECT COUNT(*) FROM passage_fts;"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM document_fts f LEFT JOIN search_units u ON u.id = f.rowid WHERE u.unit IS NOT 'document';"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM passage_fts f LEFT JOIN search_units u ON u.id = f.rowid WHERE u.unit IS NULL OR u.unit = 'document';"));
        var hits = await upgraded.SearchAsync(new SearchRequest("KDC-10"), default);
        Assert.Equal("kst-27925-506", Assert.Single(hits.Value).Id);
        Assert.Equal("paragraph", Assert.Single(hits.Value).Unit);

        // The delete trigger of version 4 removes a removed unit's terms from its own table.
        await ExecuteAsync("DELETE FROM search_units WHERE document_id = 'kst-27925-506';");
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM document_fts;"));
        Assert.Equal(await ScalarAsync("SELECT COUNT(*) FROM search_units WHERE unit <> 'document';"), await ScalarAsync("SELECT COUNT(*) FROM passage_fts;"));
    }

    [Fact]
    public async Task A_batch_written_again_around_a_broken_document_leaves_no_index_rows_of_the_first_try()
    {
        await using var store = new SqliteDocumentStore(DbPath);
        await store.MigrateAsync(default);
        var letter = SearchDocuments.Letter2014();
        // Two sections with the same index violate the key after the document's row and index rows were written.
        var section = new Section(0, null, 1, "Inleiding", null, new TextSpan(0, 1), new TextSpan(1, 1));
        var broken = SearchDocuments.Report2017() with { Sections = [section, section] };

        var results = await store.SaveManyAsync([letter, broken, SearchDocuments.Questions2020()], default);

        Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM document_fts;"));
        Assert.Equal(await ScalarAsync("SELECT COUNT(*) FROM search_units WHERE unit <> 'document';"), await ScalarAsync("SELECT COUNT(*) FROM passage_fts;"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM passage_fts f LEFT JOIN search_units u ON u.id = f.rowid WHERE u.id IS NULL;"));
        Assert.Equal("kst-27925-506", Assert.Single((await store.SearchAsync(new SearchRequest("KDC-10"), default)).Value).Id);
        Assert.DoesNotContain(broken.Id, (await store.SearchAsync(new SearchRequest("helmen"), default)).Value.Select(h => h.Id));
    }

    [Fact]
    public async Task The_search_totals_are_each_tables_rows_and_tokens_after_every_kind_of_write()
    {
        await using (var store = new SqliteDocumentStore(DbPath))
        {
            await store.MigrateAsync(default);
            await store.SaveAsync(SearchDocuments.Letter2014(), default);
            var broken = SearchDocuments.UndatedBrief() with { Sections = [new Section(0, null, 1, "Inleiding", null, new TextSpan(0, 1), new TextSpan(1, 1)), new Section(0, null, 1, "Inleiding", null, new TextSpan(0, 1), new TextSpan(1, 1))] };
            var batch = await store.SaveManyAsync([SearchDocuments.Report2017(), broken, SearchDocuments.Questions2020()], default);
            Assert.Equal([true, false, true], batch.Select(r => r.Succeeded));
            await AssertTotalsAreTheIndexsAsync();

            // copy's path: a document imported as exported from another store.
            var other = Path.Combine(_folder, "other.db");
            await using (var source = new SqliteDocumentStore(other))
            {
                await source.MigrateAsync(default);
                await source.SaveAsync(SearchDocuments.UndatedBrief(), default);
                await foreach (var record in source.ExportAsync(default))
                {
                    await store.ImportAsync(record, default);
                }
            }

            await AssertTotalsAreTheIndexsAsync();
            Assert.True(await store.DeleteAsync("kst-27925-607", default));
        }

        await AssertTotalsAreTheIndexsAsync();
        Assert.Equal(3L, await ScalarAsync("SELECT rows FROM search_totals WHERE fts = 'document_fts';"));
        Assert.Equal(11L, await ScalarAsync("SELECT rows FROM search_totals WHERE fts = 'passage_fts';"));
    }

    /// <summary>
    /// Turns a current store back into version 3: one FTS5 table for every unit, with its delete trigger. The
    /// whole documents' terms are made by the analyzer, as version 3 wrote them: the contentless document_fts
    /// of version 5 keeps none to copy.
    /// </summary>
    private async Task ToVersion3Async()
    {
        // Version 7's totals and unit lengths first, and the delete trigger as version 5 left it.
        await ExecuteAsync(
            """
            DROP TRIGGER search_units_delete;
            DROP TABLE search_totals;
            ALTER TABLE search_units DROP COLUMN tokens;
            CREATE TRIGGER search_units_delete AFTER DELETE ON search_units
            BEGIN
                DELETE FROM document_fts WHERE rowid = old.id AND old.unit = 'document';
                DELETE FROM passage_fts WHERE rowid = old.id AND old.unit <> 'document';
            END;
            CREATE VIRTUAL TABLE search_fts USING fts5(body, parts, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");
            INSERT INTO search_fts (rowid, body, parts) SELECT rowid, body, parts FROM passage_fts;
            """);
        foreach (var document in TwoDocuments())
        {
            var whole = PassageAnalysis.Of(document, DutchTextAnalyzer.Default).Single(u => u.Unit == SearchUnits.Document);
            await ExecuteAsync(
                "INSERT INTO search_fts (rowid, body, parts) SELECT id, $body, $parts FROM search_units WHERE document_id = $id AND unit = 'document';",
                ("$body", whole.Body), ("$parts", whole.Parts), ("$id", document.Id));
        }

        await ExecuteAsync(
            """
            DROP TRIGGER search_units_delete;
            DROP TABLE document_fts;
            DROP TABLE passage_fts;
            CREATE TRIGGER search_units_delete AFTER DELETE ON search_units
            BEGIN
                DELETE FROM search_fts WHERE rowid = old.id;
            END;
            DELETE FROM schema_version WHERE version >= 4;
            """);
    }

    /// <summary>
    /// search_totals hold what the index itself holds: per FTS5 table, its rows (one per search unit of its kind)
    /// and every token of them, as an fts5vocab 'instance' table lists them.
    /// </summary>
    private async Task AssertTotalsAreTheIndexsAsync()
    {
        foreach (var (table, units) in new[] { ("document", "unit = 'document'"), ("passage", "unit <> 'document'") })
        {
            // The vocabulary table lives in the temp schema of this one connection.
            var counted = await ScalarAsync(
                $"""
                CREATE VIRTUAL TABLE temp.{table}_instances USING fts5vocab(main, {table}_fts, instance);
                SELECT (SELECT COUNT(*) FROM search_units WHERE {units}) * 1000000 + (SELECT COUNT(*) FROM temp.{table}_instances);
                """);
            var kept = await ScalarAsync($"SELECT rows * 1000000 + tokens FROM search_totals WHERE fts = '{table}_fts';");
            Assert.True(counted == kept, $"{table}_fts: the index holds {counted / 1000000} rows and {counted % 1000000} tokens, search_totals say {kept / 1000000} and {kept % 1000000}");
            Assert.True(kept % 1000000 > 0);
        }
    }

    private static ProcessedDocument[] TwoDocuments() => [SearchDocuments.Letter2014(), SearchDocuments.Questions2020()];

    /// <summary>A current store with the 2014 letter and the 2020 question list, closed again.</summary>
    private async Task SaveTwoDocumentsAsync()
    {
        await using var store = new SqliteDocumentStore(DbPath);
        await store.MigrateAsync(default);
        foreach (var document in TwoDocuments())
        {
            await store.SaveAsync(document, default);
        }
    }

    /// <summary>The store at <see cref="DbPath"/> opened and migrated to the current version.</summary>
    private async Task<SqliteDocumentStore> UpgradedAsync()
    {
        var store = new SqliteDocumentStore(DbPath);
        await store.MigrateAsync(default);
        return store;
    }

    private static async Task AssertFindsTheLetterAndTheQuestionAsync(SqliteDocumentStore store)
    {
        var hits = await store.SearchAsync(new SearchRequest("KDC-10"), default);
        Assert.Equal("kst-27925-506", Assert.Single(hits.Value).Id);
        var questions = await store.SearchAsync(new SearchRequest("vraag:Erbil"), default);
        Assert.Equal(1, Assert.Single(questions.Value).Question);
    }

    /// <summary>The hits of a search on the store at <see cref="DbPath"/>, with their scores.</summary>
    private async Task<IReadOnlyList<(string Id, double Score)>> ScoresAsync(string query)
    {
        await using var store = await UpgradedAsync();
        return [.. (await store.SearchAsync(new SearchRequest(query), default)).Value.Select(h => (h.Id, h.Score))];
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
