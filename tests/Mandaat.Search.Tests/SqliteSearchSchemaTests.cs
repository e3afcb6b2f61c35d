using Mandaat.Store.Search;
using Mandaat.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Mandaat.Search.Tests;

/// <summary>SQLite-specific: a store from before search (schema version 1) is indexed when migrated.</summary>
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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
