using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Search.Ranking;
using Mandaat.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Mandaat.Search.Tests;

/// <summary>
/// SQLite-specific: a batch written again around a broken document leaves no index rows behind, and the totals
/// bm25() needs (search_totals) follow the index through every kind of write. Upgrades from earlier schema
/// versions are tested from stores in their exact schemas, in Mandaat.Store.Tests' SqliteMigrationTests.
/// </summary>
public sealed class SqliteSearchSchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-search-schema-").FullName;

    private string DbPath => Path.Combine(_folder, "test.db");

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
