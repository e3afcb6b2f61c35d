using Mandaat.Core.Documents;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Store.Sqlite;
using Mandaat.Store.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Mandaat.Search.Tests;

/// <summary>
/// The BM25 Mandaat computes for the shown documents' passages is FTS5's own bm25(): given the store's totals
/// for passage_fts (its rows and tokens, kept in search_totals) and each phrase's row count, it scores every
/// matching passage of a real store as bm25() does, for words, compounds, phrases, prefixes and queries with
/// several parts; also after a document was deleted, which takes its passages off FTS5's statistics and off the
/// store's totals alike.
/// </summary>
public sealed class PassageBm25Tests : IDisposable
{
    private static readonly string[] Texts =
    [
        "De anti-ISIS-coalitie is actief in Irak en Syrië; Irak vraagt om steun.",
        "Nederland levert F-16's aan de coalitie tegen ISIS in Irak.",
        "De Verenigde Naties steunen de missie. De Verenigde Naties en de NAVO overleggen.",
        "Militairen en militaire trainers worden uitgezonden naar Erbil in Irak.",
        "Syrië blijft onrustig.",
        "Een alinea zonder de gezochte woorden, over kosten en de begroting.",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-bm25-").FullName;

    [Theory]
    [InlineData("Irak")]
    [InlineData("anti-ISIS")]
    [InlineData("\"Verenigde Naties\"")]
    [InlineData("militair*")]
    [InlineData("Irak Syrië")]
    [InlineData("Irak OR F-16")]
    [InlineData("Irak -Syrië")]
    public async Task Scores_every_matching_passage_as_fts5_bm25_does_also_after_a_delete(string query)
    {
        var path = Path.Combine(_folder, "bm25.db");
        await using (var store = new SqliteDocumentStore(path))
        {
            await store.MigrateAsync(default);
            // Each document holds two of the texts as its paragraphs, so every text stays in the store after one is deleted.
            for (var i = 0; i < Texts.Length; i++)
            {
                await store.SaveAsync(SearchDocuments.Make($"kst-1-{i}", DocumentKind.Brief, "1", null, [Texts[i], Texts[(i + 1) % Texts.Length]]), default);
            }

            Assert.True(await store.DeleteAsync("kst-1-0", default));
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var match = Fts5Query.Compile(QueryParser.Parse(query).Value.Root, DutchTextAnalyzer.Default).Value;
        var (_, totals) = await Fts5Totals.ReadAsync(connection, default);
        Assert.Equal(2 * (Texts.Length - 1), totals.Rows);
        var weighted = new List<(Fts5Phrase, double)>();
        foreach (var phrase in match.Phrases)
        {
            weighted.Add((phrase, PassageBm25.Idf(totals.Rows, await CountAsync(connection, phrase.Expression))));
        }

        var bm25 = new PassageBm25(weighted, totals.AverageLength, partsWeight: 0.5);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT -bm25(passage_fts, 1.0, 0.5), body, parts FROM passage_fts WHERE passage_fts MATCH $match;";
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
        count.CommandText = "SELECT COUNT(*) FROM passage_fts WHERE passage_fts MATCH $phrase;";
        count.Parameters.AddWithValue("$phrase", phrase);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
