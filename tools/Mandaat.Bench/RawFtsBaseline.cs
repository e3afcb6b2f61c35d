using Microsoft.Data.Sqlite;

namespace Mandaat.Bench;

/// <summary>
/// The bare index underneath: the same texts, cut into the same unit Mandaat shows a hit by (the paragraph,
/// between blank lines), in a plain FTS5 table (unicode61) with the document's name beside each paragraph;
/// inserted in one transaction with one prepared statement, and searched for the top 20 paragraphs by bm25()
/// with a snippet() of each. Snippets cut from whole documents cost FTS5 far more than Mandaat's from one
/// passage, which flattered Mandaat (issue 26).
/// </summary>
public sealed class RawFtsBaseline(string path) : IDisposable
{
    private readonly SqliteConnection _connection = Open(path);

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE VIRTUAL TABLE IF NOT EXISTS raw USING fts5(document UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');";
        create.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Reads and inserts every file, paragraph by paragraph; reading is part of it, as the pipeline's is.</summary>
    public void Insert(IEnumerable<string> files)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO raw(document, body) VALUES ($document, $body)";
        var document = insert.Parameters.Add("$document", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        insert.Prepare();
        foreach (var file in files)
        {
            document.Value = Path.GetFileName(file);
            foreach (var paragraph in File.ReadAllText(file).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                body.Value = paragraph;
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    /// <summary>Top 20 paragraphs by bm25 with a snippet each; returns the hit count so the work cannot be skipped.</summary>
    public int Search(string query)
    {
        using var search = _connection.CreateCommand();
        search.CommandText = "SELECT document, bm25(raw), snippet(raw, 1, '**', '**', '…', 24) FROM raw WHERE raw MATCH $q ORDER BY bm25(raw) LIMIT 20";
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
