using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Dapper;
using Mandaat.Store.Indexing;
using Mandaat.Store.Register;
using Mandaat.Store.Rows;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

/// <summary>Whole-store export and import for <c>mandaat copy</c>: every row as stored, the search index rebuilt on import.</summary>
public sealed partial class SqliteDocumentStore
{
    public async IAsyncEnumerable<DocumentRecord> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var id in await DocumentRows.IdsAsync(connection, SqliteDialect.Instance, cancellationToken))
        {
            // Null when deleted while exporting.
            if (await DocumentRows.ReadAsync(connection, id, SqliteDialect.Instance, cancellationToken) is { } record)
            {
                yield return await CarriedRows.WithHistoryAsync(connection, record, SqliteDialect.Instance, cancellationToken);
            }
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
        await CarriedRows.WriteHistoryAsync(connection, transaction, record, SqliteDialect.Instance, cancellationToken);
        await WriteRegisterAsync(connection, transaction, RegisterSource.Entry(_register, record.ToDetail()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(SaveStatus.Inserted, record.Id);
    }

    private async Task ImportRowsAsync(SqliteConnection connection, SqliteTransaction transaction, DocumentRecord r)
    {
        var id = r.Id;
        await connection.ExecuteAsync(
            """
            INSERT INTO documents (id, content_hash, path, format, kind, dossier, number, session, date, subject, title, text, ingested_at, version, official)
            VALUES (@Id, @ContentHash, @Path, @Format, @Kind, @Dossier, @Number, @Session, @date, @Subject, @Title, @Text, @ingestedAt, @Version, @Official);
            """,
            new { r.Version, r.Official, r.Id, r.ContentHash, r.Path, r.Format, Kind = r.Kind.Slug, r.Dossier, r.Number, r.Session, date = r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Subject, r.Title, r.Text, ingestedAt = r.IngestedAt.ToString("O", CultureInfo.InvariantCulture) },
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
            r.Facts.Select((f, i) => new { id, ordinal = i, Type = f.Type.Slug, f.Quote, f.Start, f.End, f.Page, f.Body }),
            transaction);

        InsertSearchUnits(connection, id, r.Text, SearchPassages.Of(r));
    }
}
