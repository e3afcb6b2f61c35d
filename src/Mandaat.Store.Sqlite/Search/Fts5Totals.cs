using System.Data.Common;
using Dapper;

namespace Mandaat.Store.Sqlite.Search;

/// <summary>
/// What FTS5 keeps about a whole table: its rows and their tokens over every column. Read from the table's
/// "averages" record (row 1 of its <c>_data</c> shadow table: the row count, then each column's token
/// total, as SQLite varints), the record FTS5's own bm25() reads, so nothing is counted per query.
/// </summary>
internal sealed record Fts5Totals(long Rows, long Tokens)
{
    private const long AveragesRowId = 1;

    /// <summary>The mean row length in tokens, as bm25() uses it (1 for an empty table, to divide by).</summary>
    public double AverageLength => Rows == 0 ? 1 : (double)Tokens / Rows;

    /// <param name="table">One of the store's own FTS5 tables (never user input: it becomes part of the SQL).</param>
    public static async Task<Fts5Totals> ReadAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        var block = await connection.ExecuteScalarAsync<byte[]?>(
            new CommandDefinition($"SELECT block FROM {table}_data WHERE id = @id;", new { id = AveragesRowId }, cancellationToken: cancellationToken));
        if (block is null || block.Length == 0)
        {
            return new Fts5Totals(0, 0);
        }

        var offset = 0;
        var rows = (long)Varint(block, ref offset);
        var tokens = 0L;
        while (offset < block.Length)
        {
            tokens += (long)Varint(block, ref offset);
        }

        return new Fts5Totals(rows, tokens);
    }

    /// <summary>SQLite's varint: up to eight bytes of 7 bits, high bit set while more follow, then a ninth of 8 bits.</summary>
    private static ulong Varint(byte[] block, ref int offset)
    {
        var value = 0UL;
        for (var i = 0; i < 8 && offset < block.Length; i++)
        {
            var b = block[offset++];
            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        return offset < block.Length ? (value << 8) | block[offset++] : value;
    }
}
