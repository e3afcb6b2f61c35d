using Dapper;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Store.Indexing;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    /// <summary>
    /// A document's passages with their terms: those the pipeline analysed ahead with this store's analyzer, else
    /// analysed here (pure computation, so it can run outside the write transaction).
    /// </summary>
    private IReadOnlyList<AnalyzedUnit> AnalyzedUnitsOf(ProcessedDocument document) =>
        document.Passages?.MadeBy(_analyzer) ?? PassageAnalysis.Of(document, _analyzer);

    /// <summary>Analyses each passage and writes it with its terms, inside the transaction open on the connection, as a save does.</summary>
    private void InsertSearchUnits(SqliteConnection connection, string documentId, string text, IEnumerable<SearchPassage> passages)
    {
        using var writer = new SqliteDocumentWriter(connection);
        writer.WriteUnits(PassageAnalysis.Of(documentId, text, passages, _analyzer));
        writer.WriteTotals();
    }

    /// <summary>
    /// Indexes documents that have no search units — stored before search existed (schema version 1) or
    /// before the unit ids' layout changed (version 3) — from their stored text, paragraphs and questions,
    /// so an upgraded store finds everything it holds.
    /// </summary>
    private async Task IndexUnindexedAsync(SqliteConnection connection)
    {
        var ids = (await connection.QueryAsync<string>("SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM search_units);")).ToList();
        foreach (var id in ids)
        {
            await using var transaction = connection.BeginTransaction();
            var text = await connection.ExecuteScalarAsync<string>("SELECT text FROM documents WHERE id = @id;", new { id }, transaction) ?? string.Empty;
            var paragraphs = await connection.QueryAsync<(long Idx, long Start, long End)>(
                "SELECT idx, span_start, span_end FROM paragraphs WHERE document_id = @id ORDER BY idx;", new { id }, transaction);
            var questions = await connection.QueryAsync<(long Number, string Question, string Answer, long Start, long QuestionLength, long AnswerStart, long AnswerLength)>(
                "SELECT number, question, answer, question_start, question_length, answer_start, answer_length FROM questions WHERE document_id = @id ORDER BY ordinal;", new { id }, transaction);
            var passages = SearchPassages.Of(
                text,
                paragraphs.Select(p => ((int)p.Idx, (int)p.Start, (int)p.End)),
                questions.Select(q => new QuestionAnswer((int)q.Number, q.Question, q.Answer, [], new TextSpan((int)q.Start, (int)q.QuestionLength), new TextSpan((int)q.AnswerStart, (int)q.AnswerLength))));
            InsertSearchUnits(connection, id, text, passages);
            await transaction.CommitAsync();
        }
    }
}
