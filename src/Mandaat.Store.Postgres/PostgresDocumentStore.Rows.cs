using Dapper;
using Mandaat.Store.Indexing;
using Npgsql;

namespace Mandaat.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    /// <summary>
    /// Writes a document's rows and its search passages inside the caller's transaction. Each table is one
    /// statement over parallel arrays (unnest), so a document of a thousand paragraphs is a handful of
    /// round trips, not thousands. <paramref name="analysed"/> are the passages' terms when the pipeline
    /// analysed them already with this store's analyzer (null otherwise).
    /// </summary>
    private async Task InsertRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DocumentRecord r, IReadOnlyList<AnalyzedUnit>? analysed, CancellationToken cancellationToken)
    {
        var id = r.Id;
        await Execute(
            """
            INSERT INTO documents (id, content_hash, path, format, kind, dossier, number, session, date, subject, title, text, ingested_at, version, official)
            VALUES (@Id, @ContentHash, @Path, @Format, @Kind, @Dossier, @Number, @Session, @Date, @Subject, @Title, @Text, @IngestedAt, @Version, @Official);
            """,
            new { r.Version, r.Official, r.Id, r.ContentHash, r.Path, r.Format, Kind = r.Kind.Slug, r.Dossier, r.Number, r.Session, r.Date, r.Subject, r.Title, r.Text, IngestedAt = r.IngestedAt.ToUniversalTime() });
        await InsertSourcesAsync(connection, transaction, id, r.Sources, cancellationToken);
        await Execute(
            """
            INSERT INTO signatories (document_id, ordinal, name, office, span_start, span_length)
            SELECT @id, ordinality - 1, name, office, s, l FROM unnest(@names, @offices, @starts, @lengths) WITH ORDINALITY AS t(name, office, s, l, ordinality);
            """,
            new { id, names = r.Signatories.Select(s => s.Name).ToArray(), offices = r.Signatories.Select(s => s.Office).ToArray(), starts = r.Signatories.Select(s => s.Span.Start).ToArray(), lengths = r.Signatories.Select(s => s.Span.Length).ToArray() });
        var sections = r.Sections;
        await Execute(
            """
            INSERT INTO sections (document_id, idx, parent_idx, level, heading, aspect, heading_start, heading_length, body_start, body_length)
            SELECT @id, * FROM unnest(@idx, @parents, @levels, @headings, @aspects, @hs, @hl, @bs, @bl);
            """,
            new
            {
                id,
                idx = sections.Select(s => s.Index).ToArray(),
                parents = sections.Select(s => s.ParentIndex).ToArray(),
                levels = sections.Select(s => s.Level).ToArray(),
                headings = sections.Select(s => s.Heading).ToArray(),
                aspects = sections.Select(s => s.Aspect).ToArray(),
                hs = sections.Select(s => s.HeadingSpan.Start).ToArray(),
                hl = sections.Select(s => s.HeadingSpan.Length).ToArray(),
                bs = sections.Select(s => s.BodySpan.Start).ToArray(),
                bl = sections.Select(s => s.BodySpan.Length).ToArray(),
            });
        await Execute(
            "INSERT INTO paragraphs (document_id, idx, span_start, span_end, page) SELECT @id, * FROM unnest(@idx, @starts, @ends, @pages);",
            new { id, idx = r.Paragraphs.Select(p => p.Index).ToArray(), starts = r.Paragraphs.Select(p => p.Start).ToArray(), ends = r.Paragraphs.Select(p => p.End).ToArray(), pages = r.Paragraphs.Select(p => p.Page).ToArray() });
        // refers_to is an array per row, which unnest cannot pair up: one statement per question (lists have tens).
        await Execute(
            """
            INSERT INTO questions (document_id, ordinal, number, question, answer, refers_to, question_start, question_length, answer_start, answer_length)
            VALUES (@id, @ordinal, @Number, @Question, @Answer, @refersTo, @qs, @ql, @as, @al);
            """,
            r.Questions.Select((q, i) => new { id, ordinal = i, q.Number, q.Question, q.Answer, refersTo = q.RefersTo.ToArray(), qs = q.QuestionSpan.Start, ql = q.QuestionSpan.Length, @as = q.AnswerSpan.Start, al = q.AnswerSpan.Length }));
        await Execute(
            """
            INSERT INTO facts (document_id, ordinal, type, quote, span_start, span_end, page, body)
            SELECT @id, ordinality - 1, type, quote, s, e, page, body FROM unnest(@types, @quotes, @starts, @ends, @pages, @bodies) WITH ORDINALITY AS t(type, quote, s, e, page, body, ordinality);
            """,
            new
            {
                id,
                types = r.Facts.Select(f => f.Type.Slug).ToArray(),
                quotes = r.Facts.Select(f => f.Quote).ToArray(),
                starts = r.Facts.Select(f => f.Start).ToArray(),
                ends = r.Facts.Select(f => f.End).ToArray(),
                pages = r.Facts.Select(f => f.Page).ToArray(),
                bodies = r.Facts.Select(f => f.Body).ToArray(),
            });
        await InsertSearchUnitsAsync(connection, transaction, r, analysed, cancellationToken);

        Task<int> Execute(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
    }
}
