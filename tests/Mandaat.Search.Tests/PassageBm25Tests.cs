using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Store.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Mandaat.Search.Tests;

/// <summary>
/// The BM25 Mandaat computes for the shown documents' passages is FTS5's own bm25(): given FTS5's statistics
/// for a table (its averages record and each phrase's row count), it scores every matching row of a real
/// FTS5 table as bm25() does, for words, compounds, phrases, prefixes and queries with several parts.
/// </summary>
public sealed class PassageBm25Tests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-bm25-").FullName;

    [Theory]
    [InlineData("Irak")]
    [InlineData("anti-ISIS")]
    [InlineData("\"Verenigde Naties\"")]
    [InlineData("militair*")]
    [InlineData("Irak Syrië")]
    [InlineData("Irak OR F-16")]
    [InlineData("Irak -Syrië")]
    public async Task Scores_every_matching_row_as_fts5_bm25_does(string query)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "bm25.db")};Pooling=False");
        await connection.OpenAsync();
        var analyzer = DutchTextAnalyzer.Default;
        await ExecuteAsync(connection, """CREATE VIRTUAL TABLE IF NOT EXISTS t USING fts5(body, parts, tokenize = "unicode61 remove_diacritics 0 tokenchars '-.,'");""");
        await ExecuteAsync(connection, "DELETE FROM t;");
        string[] texts =
        [
            "De anti-ISIS-coalitie is actief in Irak en Syrië; Irak vraagt om steun.",
            "Nederland levert F-16's aan de coalitie tegen ISIS in Irak.",
            "De Verenigde Naties steunen de missie. De Verenigde Naties en de NAVO overleggen.",
            "Militairen en militaire trainers worden uitgezonden naar Erbil in Irak.",
            "Syrië blijft onrustig.",
            "Een alinea zonder de gezochte woorden, over kosten en de begroting.",
        ];
        for (var i = 0; i < texts.Length; i++)
        {
            var tokens = analyzer.Analyze(texts[i]);
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t (rowid, body, parts) VALUES ($id, $body, $parts);";
            insert.Parameters.AddWithValue("$id", i + 1);
            insert.Parameters.AddWithValue("$body", string.Join(' ', tokens.Select(t => t.Term)));
            insert.Parameters.AddWithValue("$parts", string.Join(' ', tokens.SelectMany(t => t.Parts)));
            await insert.ExecuteNonQueryAsync();
        }

        var match = Fts5Query.Compile(QueryParser.Parse(query).Value.Root, analyzer).Value;
        var totals = await Fts5Totals.ReadAsync(connection, "t", default);
        Assert.Equal(texts.Length, totals.Rows);
        var weighted = new List<(Fts5Phrase, double)>();
        foreach (var phrase in match.Phrases)
        {
            weighted.Add((phrase, PassageBm25.Idf(totals.Rows, await CountAsync(connection, phrase.Expression))));
        }

        var bm25 = new PassageBm25(weighted, totals.AverageLength, partsWeight: 0.5);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT -bm25(t, 1.0, 0.5), body, parts FROM t WHERE t MATCH $match;";
        select.Parameters.AddWithValue("$match", match.Expression);
        await using var rows = await select.ExecuteReaderAsync();
        var scored = 0;
        while (await rows.ReadAsync())
        {
            Assert.Equal(rows.GetDouble(0), bm25.Score(rows.GetString(1), rows.GetString(2)), 9);
            scored++;
        }

        Assert.True(scored > 0, $"the test rows should match {query}");
    }

    [Theory]
    [InlineData("irak syrie f-16", 3)]
    [InlineData("  irak,  (syrië) / 12.000 ", 3)]
    [InlineData("", 0)]
    [InlineData("ÉÉN twee", 2)]
    public void Counts_tokens_as_fts5_splits_them(string text, int tokens) => Assert.Equal(tokens, Fts5Tokens.Count(text));

    private static async Task<long> CountAsync(SqliteConnection connection, string phrase)
    {
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t WHERE t MATCH $phrase;";
        count.Parameters.AddWithValue("$phrase", phrase);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
