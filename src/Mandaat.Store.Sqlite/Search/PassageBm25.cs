using System.Data.Common;
using Dapper;

namespace Mandaat.Store.Sqlite.Search;

/// <summary>
/// FTS5's bm25() (k1 = 1.2, b = 0.75, column weights, an IDF never below 1e-6) computed here for a passage's
/// stored columns, so that the passages of the documents shown can be scored without FTS5 scoring them:
/// FTS5 counts each phrase's IDF by walking every row that holds it, once per query, and for a common word
/// that walk over the passages cost more than the raw index's whole search. Given FTS5's own statistics the
/// score is FTS5's (a test holds them equal); <see cref="ForShownPassagesAsync"/> takes the IDF from the
/// documents instead, which is cheap (a few thousand rows, not hundreds of thousands) and weighs the words
/// the same way PostgreSQL does for this step.
/// </summary>
internal sealed class PassageBm25(IReadOnlyList<(Fts5Phrase Phrase, double Idf)> phrases, double averageLength, double partsWeight)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static double Idf(long rows, long hits)
    {
        var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    /// <summary>Each phrase's IDF over the whole documents (document_fts), the length against the passages' mean.</summary>
    public static async Task<PassageBm25> ForShownPassagesAsync(DbConnection connection, Fts5Match match, double partsWeight, CancellationToken cancellationToken)
    {
        var (documents, passages) = await Fts5Totals.ReadAsync(connection, cancellationToken);
        var weighted = new List<(Fts5Phrase, double)>();
        foreach (var phrase in match.Phrases)
        {
            var hits = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM document_fts WHERE document_fts MATCH @phrase;", new { phrase = phrase.Expression }, cancellationToken: cancellationToken));
            weighted.Add((phrase, Idf(documents.Rows, hits)));
        }

        return new PassageBm25(weighted, passages.AverageLength, partsWeight);
    }

    /// <summary>The BM25 of a row with these body and parts columns (higher is better).</summary>
    public double Score(string body, string parts)
    {
        var length = Fts5Totals.Length(body, parts);
        var score = 0.0;
        foreach (var (phrase, idf) in phrases)
        {
            var frequency = (phrase.Columns.HasFlag(Fts5Columns.Body) ? phrase.CountIn(body) : 0)
                + (phrase.Columns.HasFlag(Fts5Columns.Parts) ? partsWeight * phrase.CountIn(parts) : 0);
            score += idf * (frequency * (K1 + 1)) / (frequency + (K1 * (1 - B + (B * length / averageLength))));
        }

        return score;
    }
}
