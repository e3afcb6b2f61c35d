using System.Data.Common;
using Dapper;
using Mandaat.Search.Query;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    /// <summary>The passages of a document as the index holds them: the whole text, every paragraph, and every question with its answer.</summary>
    private static IEnumerable<IndexedUnit> SearchUnitsOf(ProcessedDocument document)
    {
        var text = document.Text.Text;
        var whole = new IndexedUnit(document.Id, SearchUnits.Document, 0, 0, text.Length, text);
        var paragraphs = document.Text.Paragraphs
            .Select((p, i) => new IndexedUnit(document.Id, SearchUnits.Paragraph, i, p.Start, p.End, text[p.Start..p.End]));
        var questions = document.Questions
            .Select(q => new IndexedUnit(document.Id, SearchUnits.Question, q.Number, q.QuestionSpan.Start, Math.Max(q.QuestionSpan.End, q.AnswerSpan.End), SearchUnits.QuestionText(q.Question, q.Answer)));
        return paragraphs.Concat(questions).Append(whole);
    }

    /// <summary>A document's passages with their terms; pure computation, so it can run outside the write transaction.</summary>
    private IReadOnlyList<AnalyzedUnit> AnalyzedUnitsOf(ProcessedDocument document) => SearchUnitsOf(document).Select(Analyze).ToList();

    private AnalyzedUnit Analyze(IndexedUnit unit)
    {
        var tokens = _analyzer.Analyze(unit.Text);
        return new AnalyzedUnit(
            unit.Document,
            unit.Unit,
            unit.Number,
            unit.Start,
            unit.End,
            string.Join(' ', tokens.Select(t => t.Term)),
            string.Join(' ', tokens.SelectMany(t => t.Parts)));
    }

    /// <summary>Analyses each passage and writes its terms, inside the caller's transaction, with ids as <see cref="SearchUnitIds"/> lays them out.</summary>
    private async Task<int> InsertSearchUnitsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<IndexedUnit> units)
    {
        var analysed = units.Select(Analyze).ToList();
        var document = await connection.ExecuteScalarAsync<long>(SearchUnitIds.NextDocumentSql, transaction: transaction);
        var ids = SearchUnitIds.For(document, analysed.Select(u => u.Unit));
        return await connection.ExecuteAsync(
            """
            INSERT INTO search_units (id, document_id, unit, number, span_start, span_end) VALUES (@Id, @Document, @Unit, @Number, @Start, @End);
            INSERT INTO search_fts (rowid, body, parts) VALUES (@Id, @Body, @Parts);
            """,
            analysed.Select((u, i) => new { Id = ids[i], u.Document, u.Unit, u.Number, u.Start, u.End, u.Body, u.Parts }),
            transaction);
    }

    /// <summary>
    /// Indexes documents that have no search units — stored before search existed (schema version 1) or
    /// before the unit ids' layout changed (version 3) — from their stored text, paragraphs and questions,
    /// so an upgraded store finds everything it holds.
    /// </summary>
    private async Task IndexUnindexedAsync(DbConnection connection)
    {
        var ids = (await connection.QueryAsync<string>("SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM search_units);")).ToList();
        foreach (var id in ids)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var text = await connection.ExecuteScalarAsync<string>("SELECT text FROM documents WHERE id = @id;", new { id }, transaction) ?? string.Empty;
            var paragraphs = await connection.QueryAsync<(long Idx, long Start, long End)>(
                "SELECT idx, span_start, span_end FROM paragraphs WHERE document_id = @id ORDER BY idx;", new { id }, transaction);
            var questions = await connection.QueryAsync<(long Number, string Question, string Answer, long Start, long QuestionLength, long AnswerStart, long AnswerLength)>(
                "SELECT number, question, answer, question_start, question_length, answer_start, answer_length FROM questions WHERE document_id = @id ORDER BY ordinal;", new { id }, transaction);
            var units = paragraphs
                .Where(p => p.Start >= 0 && p.End <= text.Length && p.Start <= p.End)
                .Select(p => new IndexedUnit(id, SearchUnits.Paragraph, (int)p.Idx, (int)p.Start, (int)p.End, text[(int)p.Start..(int)p.End]))
                .Concat(questions.Select(q => new IndexedUnit(id, SearchUnits.Question, (int)q.Number, (int)q.Start, (int)Math.Max(q.Start + q.QuestionLength, q.AnswerStart + q.AnswerLength), SearchUnits.QuestionText(q.Question, q.Answer))))
                .Append(new IndexedUnit(id, SearchUnits.Document, 0, 0, text.Length, text));
            await InsertSearchUnitsAsync(connection, transaction, units);
            await transaction.CommitAsync();
        }
    }

    private sealed record IndexedUnit(string Document, string Unit, int Number, int Start, int End, string Text);
}
