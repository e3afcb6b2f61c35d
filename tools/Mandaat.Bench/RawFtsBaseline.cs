using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Mandaat.Bench;

/// <summary>
/// The bare index underneath: the same texts in a plain FTS5 table (unicode61), inserted in one
/// transaction with one prepared statement, and searched with bm25() + snippet(). Mandaat is measured
/// against this.
/// </summary>
public sealed class RawFtsBaseline(string path) : IDisposable
{
    private readonly SqliteConnection _connection = Open(path);

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE VIRTUAL TABLE IF NOT EXISTS raw USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');";
        create.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Reads and inserts every file; reading is timed too, as the pipeline's is.</summary>
    public TimeSpan Insert(IReadOnlyList<string> files)
    {
        var clock = Stopwatch.StartNew();
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO raw(body) VALUES ($body)";
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        insert.Prepare();
        foreach (var file in files)
        {
            body.Value = File.ReadAllText(file);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return clock.Elapsed;
    }

    /// <summary>Top 20 by bm25 with a snippet each; returns the hit count so the work cannot be skipped.</summary>
    public int Search(string query)
    {
        using var search = _connection.CreateCommand();
        search.CommandText = "SELECT rowid, bm25(raw), snippet(raw, 0, '**', '**', '…', 24) FROM raw WHERE raw MATCH $q ORDER BY bm25(raw) LIMIT 20";
        search.Parameters.AddWithValue("$q", ToFtsQuery(query));
        using var reader = search.ExecuteReader();
        var hits = 0;
        while (reader.Read())
        {
            _ = reader.GetString(2);
            hits++;
        }

        return hits;
    }

    // Each word quoted, so '-' in KDC-10 or F-16 is a phrase, not FTS5 syntax.
    private static string ToFtsQuery(string query) =>
        string.Join(' ', query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => $"\"{w.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));

    public void Dispose() => _connection.Dispose();
}
