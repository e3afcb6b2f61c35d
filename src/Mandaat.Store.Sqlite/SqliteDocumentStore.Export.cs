using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Dapper;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Store.Indexing;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

/// <summary>Whole-store export and import for <c>mandaat copy</c>: every row as stored, the search index rebuilt on import.</summary>
public sealed partial class SqliteDocumentStore
{
    public async IAsyncEnumerable<DocumentRecord> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var ids = (await connection.QueryAsync<string>(new CommandDefinition("SELECT id FROM documents ORDER BY id;", cancellationToken: cancellationToken))).ToList();
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = await connection.QuerySingleOrDefaultAsync<ExportRow>(
                "SELECT id, content_hash, path, format, kind, dossier, number, session, date, subject, title, text, ingested_at FROM documents WHERE id = @id;", new { id });
            if (row is null)
            {
                continue; // deleted while exporting
            }

            var sources = await connection.QueryAsync<(string Hash, string Path)>(
                "SELECT content_hash, path FROM document_sources WHERE document_id = @id ORDER BY content_hash;", new { id });
            var signatories = await connection.QueryAsync<SignatoryRow>(
                "SELECT name, office, span_start, span_length FROM signatories WHERE document_id = @id ORDER BY ordinal;", new { id });
            var sections = await connection.QueryAsync<SectionRow>(
                "SELECT idx, parent_idx, level, heading, aspect, heading_start, heading_length, body_start, body_length FROM sections WHERE document_id = @id ORDER BY idx;", new { id });
            var paragraphs = await connection.QueryAsync<ParagraphRow>(
                "SELECT idx, span_start, span_end, page FROM paragraphs WHERE document_id = @id ORDER BY idx;", new { id });
            var questions = await connection.QueryAsync<QuestionRow>(
                "SELECT number, question, answer, refers_to, question_start, question_length, answer_start, answer_length FROM questions WHERE document_id = @id ORDER BY ordinal;", new { id });
            var facts = await connection.QueryAsync<(string Type, string Quote, long Start, long End, long? Page, string Body)>(
                "SELECT type, quote, span_start, span_end, page, body FROM facts WHERE document_id = @id ORDER BY ordinal;", new { id });

            yield return new DocumentRecord(
                row.id, row.content_hash, row.path, row.format, row.kind, row.dossier, row.number, row.session, ParseDate(row.date), row.subject, row.title, row.text,
                DateTimeOffset.Parse(row.ingested_at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                sources.Select(s => new DocumentSource(s.Hash, s.Path)).ToList(),
                signatories.Select(s => new Signatory(s.name, s.office, new TextSpan((int)s.span_start, (int)s.span_length))).ToList(),
                sections.Select(s => s.ToSection()).ToList(),
                paragraphs.Select(p => new StoredParagraph((int)p.idx, (int)p.span_start, (int)p.span_end, (int?)p.page)).ToList(),
                questions.Select(q => q.ToQuestion()).ToList(),
                facts.Select(f => new StoredFact(f.Type, f.Quote, (int)f.Start, (int)f.End, (int?)f.Page, f.Body)).ToList());
        }
    }

    public async Task<SaveResult> ImportAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        var known = await connection.ExecuteScalarAsync<string?>(
            "SELECT document_id FROM document_sources WHERE content_hash IN @hashes LIMIT 1;",
            new { hashes = record.Sources.Select(s => s.ContentHash).Append(record.ContentHash).ToArray() },
            transaction);
        known ??= await connection.ExecuteScalarAsync<string?>("SELECT id FROM documents WHERE id = @Id;", record, transaction);
        if (known is not null)
        {
            return new SaveResult(SaveStatus.Unchanged, known);
        }

        await ImportRowsAsync(connection, transaction, record);
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(SaveStatus.Inserted, record.Id);
    }

    private async Task ImportRowsAsync(SqliteConnection connection, SqliteTransaction transaction, DocumentRecord r)
    {
        var id = r.Id;
        await connection.ExecuteAsync(
            """
            INSERT INTO documents (id, content_hash, path, format, kind, dossier, number, session, date, subject, title, text, ingested_at)
            VALUES (@Id, @ContentHash, @Path, @Format, @Kind, @Dossier, @Number, @Session, @date, @Subject, @Title, @Text, @ingestedAt);
            """,
            new { r.Id, r.ContentHash, r.Path, r.Format, r.Kind, r.Dossier, r.Number, r.Session, date = r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Subject, r.Title, r.Text, ingestedAt = r.IngestedAt.ToString("O", CultureInfo.InvariantCulture) },
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO document_sources (content_hash, document_id, path) VALUES (@ContentHash, @id, @Path);",
            r.Sources.Select(s => new { s.ContentHash, id, s.Path }),
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO signatories VALUES (@id, @ordinal, @name, @office, @start, @length);",
            r.Signatories.Select((s, i) => new { id, ordinal = i, name = s.Name, office = s.Office, start = s.Span.Start, length = s.Span.Length }),
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO sections VALUES (@id, @Index, @ParentIndex, @Level, @Heading, @Aspect, @hs, @hl, @bs, @bl);",
            r.Sections.Select(s => new { id, s.Index, s.ParentIndex, s.Level, s.Heading, s.Aspect, hs = s.HeadingSpan.Start, hl = s.HeadingSpan.Length, bs = s.BodySpan.Start, bl = s.BodySpan.Length }),
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO paragraphs VALUES (@id, @Index, @Start, @End, @Page);",
            r.Paragraphs.Select(p => new { id, p.Index, p.Start, p.End, p.Page }),
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO questions VALUES (@id, @ordinal, @Number, @Question, @Answer, @refersTo, @qs, @ql, @as, @al);",
            r.Questions.Select((q, i) => new { id, ordinal = i, q.Number, q.Question, q.Answer, refersTo = JsonSerializer.Serialize(q.RefersTo), qs = q.QuestionSpan.Start, ql = q.QuestionSpan.Length, @as = q.AnswerSpan.Start, al = q.AnswerSpan.Length }),
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO facts VALUES (@id, @ordinal, @Type, @Quote, @Start, @End, @Page, @Body);",
            r.Facts.Select((f, i) => new { id, ordinal = i, f.Type, f.Quote, f.Start, f.End, f.Page, f.Body }),
            transaction);

        InsertSearchUnits(connection, id, r.Text, SearchPassages.Of(r));
    }

#pragma warning disable IDE1006, CA1812 // Row types mirror column names; Dapper creates them.
    private sealed record ExportRow(string id, string content_hash, string path, string format, string kind, string? dossier, string? number, string? session, string? date, string? subject, string title, string text, string ingested_at);
#pragma warning restore IDE1006, CA1812
}
