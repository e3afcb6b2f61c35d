using Mandaat.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Tests;

/// <summary>
/// The SQLite writer binds its values through SQLite's C API, not through Microsoft.Data.Sqlite: text comes
/// back exactly as written (accents, the euro sign, a character outside the BMP), an empty string stays empty
/// rather than NULL, a missing value is NULL, and numbers are stored as integers.
/// </summary>
public sealed class SqliteWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-writer-").FullName;

    [Fact]
    public async Task Values_are_stored_as_they_were_given()
    {
        var letter = TestDocuments.Letter();
        var path = Path.Combine(_folder, "test.db");
        await using (var store = new SqliteDocumentStore(path))
        {
            await store.MigrateAsync(default);
            var saved = await store.SaveManyAsync([letter with { Path = "samples/één € 𝄞.txt", Identity = letter.Identity with { Subject = null } }], default);
            Assert.True(saved.Single().Succeeded, saved.Single().Error);
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal(letter.Text.Text, await ScalarAsync(connection, "SELECT text FROM documents;"));
        Assert.Equal("samples/één € 𝄞.txt", await ScalarAsync(connection, "SELECT path FROM documents;"));
        Assert.Equal(DBNull.Value, await ScalarAsync(connection, "SELECT subject FROM documents;"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM passage_fts WHERE parts IS NULL;"));
        Assert.NotEqual(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM passage_fts WHERE parts = '';"));
        Assert.Equal("integer", await ScalarAsync(connection, "SELECT DISTINCT typeof(span_start) FROM paragraphs;"));
        Assert.Equal(DBNull.Value, await ScalarAsync(connection, "SELECT parent_idx FROM sections WHERE idx = 0;"));
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
