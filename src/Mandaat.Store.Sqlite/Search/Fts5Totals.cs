using System.Data.Common;
using Dapper;

namespace Mandaat.Store.Sqlite.Search;

/// <summary>
/// What bm25() needs to know about a whole FTS5 table: its rows and their tokens over every column. Kept in
/// the store's own table search_totals (schema version 7), one row per FTS5 table, in step with the index in
/// the transaction that writes it: each search unit has its one row in document_fts or passage_fts and its
/// length in FTS5 tokens (search_units.tokens), which the writer adds (<see cref="SqliteDocumentWriter.WriteTotals"/>)
/// and the delete trigger on search_units takes off. FTS5 keeps such totals too, but in a record whose layout
/// SQLite does not promise to keep, and counting them from its fts5vocab tables walks the whole index.
/// </summary>
internal sealed record Fts5Totals(long Rows, long Tokens)
{
    public static Fts5Totals None { get; } = new(0, 0);

    /// <summary>The mean row length in tokens, as bm25() uses it (1 for an empty table, to divide by).</summary>
    public double AverageLength => Rows == 0 ? 1 : (double)Tokens / Rows;

    /// <summary>The totals of the whole documents' table (document_fts) and of the passages' (passage_fts).</summary>
    public static async Task<(Fts5Totals Documents, Fts5Totals Passages)> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var totals = (await connection.QueryAsync<(string Table, long Rows, long Tokens)>(new CommandDefinition(
            "SELECT fts, rows, tokens FROM search_totals;", cancellationToken: cancellationToken)))
            .ToDictionary(t => t.Table, t => new Fts5Totals(t.Rows, t.Tokens), StringComparer.Ordinal);
        return (totals.GetValueOrDefault("document_fts", None), totals.GetValueOrDefault("passage_fts", None));
    }

    public static Fts5Totals operator +(Fts5Totals a, Fts5Totals b) => new(a.Rows + b.Rows, a.Tokens + b.Tokens);

    /// <summary>These totals with one more row of <paramref name="length"/> tokens.</summary>
    public Fts5Totals Add(int length) => new(Rows + 1, Tokens + length);

    /// <summary>A unit's length as FTS5 counts it for bm25(): the tokens of both its columns.</summary>
    public static int Length(string body, string parts) => Fts5Tokens.Count(body) + Fts5Tokens.Count(parts);
}
