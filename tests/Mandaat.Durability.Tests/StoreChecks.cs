using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mandaat.Durability.Tests;

/// <summary>
/// What a store that survived a crash must still be: SQLite's own checks (pages, foreign keys, both FTS5
/// indexes), and for either engine the rows derived from a document all there or all gone — every document
/// with its source and its one whole-document search unit, the search indexes holding exactly the units, the
/// search totals equal to the units they count.
/// </summary>
internal static class StoreChecks
{
    public static readonly StoredRows Empty = new(0, 0, 0, 0, 0, 0, 0, 0);

    private const string Rows = """
        SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM document_sources), (SELECT COUNT(*) FROM sections),
               (SELECT COUNT(*) FROM paragraphs), (SELECT COUNT(*) FROM facts), (SELECT COUNT(*) FROM questions),
               (SELECT COUNT(*) FROM signatories), (SELECT COUNT(*) FROM search_units);
        """;

    // Each returns 0 on a consistent store; the name says what a non-zero count means.
    private static readonly (string Broken, string Sql)[] DerivedRows =
    [
        ("documents without exactly one whole-document search unit", "SELECT COUNT(*) FROM documents d WHERE (SELECT COUNT(*) FROM search_units u WHERE u.document_id = d.id AND u.unit = 'document') <> 1"),
        ("documents without their source", "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.document_id = d.id AND s.content_hash = d.content_hash)"),
        ("documents without paragraphs", "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.document_id = d.id)"),
        ("facts of no document", "SELECT COUNT(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = f.document_id)"),
        ("search units of no document", "SELECT COUNT(*) FROM search_units u WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = u.document_id)"),
    ];

    private static readonly (string Broken, string Sql)[] SqliteIndex =
    [
        ("passage_fts rows other than the passage units", "SELECT (SELECT COUNT(*) FROM passage_fts) - (SELECT COUNT(*) FROM search_units WHERE unit <> 'document')"),
        ("document_fts rows other than the document units", "SELECT (SELECT COUNT(*) FROM document_fts) - (SELECT COUNT(*) FROM search_units WHERE unit = 'document')"),
        ("search_totals rows not the passage units' count", "SELECT (SELECT rows FROM search_totals WHERE fts = 'passage_fts') - (SELECT COUNT(*) FROM search_units WHERE unit <> 'document')"),
        ("search_totals tokens not the passage units' sum", "SELECT (SELECT tokens FROM search_totals WHERE fts = 'passage_fts') - (SELECT IFNULL(SUM(tokens), 0) FROM search_units WHERE unit <> 'document')"),
        ("search_totals rows not the document units' count", "SELECT (SELECT rows FROM search_totals WHERE fts = 'document_fts') - (SELECT COUNT(*) FROM search_units WHERE unit = 'document')"),
        ("search_totals tokens not the document units' sum", "SELECT (SELECT tokens FROM search_totals WHERE fts = 'document_fts') - (SELECT IFNULL(SUM(tokens), 0) FROM search_units WHERE unit = 'document')"),
    ];

    /// <summary>Checks a SQLite store as a crash left it (the write-ahead log is recovered on opening); fails the test naming each fault.</summary>
    public static async Task<StoredRows> SqliteAsync(string database)
    {
        if (!File.Exists(database))
        {
            return Empty;
        }

        await using var connection = await OpenSqliteAsync(database);
        Assert.Equal("ok", await ScalarAsync<string>(connection, "PRAGMA integrity_check;"));
        if (await ScalarAsync<long>(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'search_totals';") == 0)
        {
            // Killed before its migrations were done: each is a transaction, so what is there is whole, and holds no document.
            return Empty;
        }

        Assert.Null(await ScalarAsync<string>(connection, "PRAGMA foreign_key_check;"));
        // FTS5's own check compares each index with the rows it indexes; it fails with SQLITE_CORRUPT_VTAB.
        await ScalarAsync<object>(connection, "INSERT INTO passage_fts (passage_fts) VALUES ('integrity-check');");
        await ScalarAsync<object>(connection, "INSERT INTO document_fts (document_fts) VALUES ('integrity-check');");
        foreach (var (broken, sql) in DerivedRows.Concat(SqliteIndex))
        {
            Assert.True(await ScalarAsync<long>(connection, sql) == 0, $"{database}: {broken}");
        }

        return await RowsAsync(connection);
    }

    public static async Task<StoredRows> SqliteCountsAsync(string database)
    {
        await using var connection = await OpenSqliteAsync(database);
        return await RowsAsync(connection);
    }

    /// <summary>The same for a PostgreSQL store (pages and foreign keys are the server's own to keep).</summary>
    public static async Task<StoredRows> PostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        foreach (var (broken, sql) in DerivedRows)
        {
            Assert.True(await ScalarAsync<long>(connection, sql) == 0, $"PostgreSQL: {broken}");
        }

        return await RowsAsync(connection);
    }

    private static async Task<SqliteConnection> OpenSqliteAsync(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<StoredRows> RowsAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Rows;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return new StoredRows(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7));
    }

    private static async Task<T?> ScalarAsync<T>(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
