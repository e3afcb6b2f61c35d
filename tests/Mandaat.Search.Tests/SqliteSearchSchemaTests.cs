using Mandaat.Store.Search;
using Mandaat.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Mandaat.Search.Tests;

/// <summary>
/// SQLite-specific: a store from before search (schema version 1) is indexed when migrated, and one from
/// before unit ids carried their document (version 2) is indexed again in the new layout.
/// </summary>
public sealed class SqliteSearchSchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-search-schema-").FullName;

    private string DbPath => Path.Combine(_folder, "test.db");

    [Fact]
    public async Task Documents_stored_before_search_existed_are_indexed_by_the_migration()
    {
        await using (var store = new SqliteDocumentStore(DbPath))
        {
            await store.MigrateAsync(default);
            await store.SaveAsync(SearchDocuments.Letter2014(), default);
            await store.SaveAsync(SearchDocuments.Questions2020(), default);
        }

        // Turn the file back into a version 1 store that holds documents but no index.
        await using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE search_fts; DROP TABLE search_units; DROP INDEX documents_date; DELETE FROM schema_version WHERE version >= 2;";
            await command.ExecuteNonQueryAsync();
        }

        await using var upgraded = new SqliteDocumentStore(DbPath);
        await upgraded.MigrateAsync(default);

        var hits = await upgraded.SearchAsync(new SearchRequest("KDC-10"), default);
        Assert.Equal("kst-27925-506", Assert.Single(hits.Value).Id);
        var questions = await upgraded.SearchAsync(new SearchRequest("vraag:Erbil"), default);
        Assert.Equal(1, Assert.Single(questions.Value).Question);
    }

    [Fact]
    public async Task A_version_2_index_with_sequential_unit_ids_is_rebuilt_in_the_document_layout()
    {
        await using (var store = new SqliteDocumentStore(DbPath))
        {
            await store.MigrateAsync(default);
            await store.SaveAsync(SearchDocuments.Letter2014(), default);
            await store.SaveAsync(SearchDocuments.Questions2020(), default);
        }

        // Renumber the units 1, 2, 3, … with the whole document last, as version 2 wrote them.
        await ExecuteAsync(
            """
            CREATE TEMP TABLE old AS SELECT u.*, f.body, f.parts FROM search_units u JOIN search_fts f ON f.rowid = u.id;
            DELETE FROM search_units;
            INSERT INTO search_units SELECT ROW_NUMBER() OVER (ORDER BY document_id, unit = 'document', id), document_id, unit, number, span_start, span_end FROM old;
            INSERT INTO search_fts (rowid, body, parts) SELECT ROW_NUMBER() OVER (ORDER BY document_id, unit = 'document', id), body, parts FROM old;
            DELETE FROM schema_version WHERE version >= 3;
            """);

        await using var upgraded = new SqliteDocumentStore(DbPath);
        await upgraded.MigrateAsync(default);

        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM search_units WHERE unit = 'document' AND (id & 1048575) = 0;"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM search_units WHERE unit <> 'document' AND (id & 1048575) = 0;"));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(DISTINCT document_id) FROM search_units GROUP BY id >> 20 ORDER BY 1 DESC LIMIT 1;"));
        Assert.Equal(await ScalarAsync("SELECT COUNT(*) FROM search_units;"), await ScalarAsync("SELECT COUNT(*) FROM search_fts;"));
        var hits = await upgraded.SearchAsync(new SearchRequest("KDC-10"), default);
        Assert.Equal("kst-27925-506", Assert.Single(hits.Value).Id);
        Assert.Equal("paragraph", Assert.Single(hits.Value).Unit);
        var questions = await upgraded.SearchAsync(new SearchRequest("vraag:Erbil"), default);
        Assert.Equal(1, Assert.Single(questions.Value).Question);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
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
