using Mandaat.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Tests;

/// <summary>SQLite-specific guarantees: WAL, FTS5 merging eight segments at a time, refusing newer schemas and files that are not databases.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-schema-").FullName;

    private string DbPath => Path.Combine(_folder, "test.db");

    [Fact]
    public async Task The_database_runs_in_WAL_mode()
    {
        await using var connection = await MigratedConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Both_full_text_tables_merge_eight_segments_at_a_time()
    {
        await using var connection = await MigratedConnectionAsync();
        foreach (var table in new[] { "document_fts", "passage_fts" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT v FROM {table}_config WHERE k = 'automerge';";
            Assert.Equal(8L, await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task A_database_at_a_newer_schema_version_is_refused_with_a_clear_message()
    {
        await using (var connection = await MigratedConnectionAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version VALUES (999, 'future');";
            await command.ExecuteNonQueryAsync();
        }

        await using var again = new SqliteDocumentStore(DbPath);
        var error = await Assert.ThrowsAsync<StoreException>(() => again.MigrateAsync(default));
        Assert.Contains("newer than this program knows", error.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_a_clear_message()
    {
        await File.WriteAllTextAsync(DbPath, "this is not a database, it is a letter to parliament");

        await using var store = new SqliteDocumentStore(DbPath);
        var error = await Assert.ThrowsAsync<StoreException>(() => store.MigrateAsync(default));
        Assert.Contains("not a usable Mandaat database", error.Message);
    }

    /// <summary>A connection of its own to a store just created and migrated at <see cref="DbPath"/>.</summary>
    private async Task<SqliteConnection> MigratedConnectionAsync()
    {
        await using (var store = new SqliteDocumentStore(DbPath))
        {
            await store.MigrateAsync(default);
        }

        var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
