using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Mandaat.Core.Facts;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    public async Task<string?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(
            new CommandDefinition(
                "SELECT document_id FROM document_sources WHERE content_hash = @contentHash;",
                new { contentHash },
                cancellationToken: cancellationToken));
    }

    public async Task<SaveResult> SaveAsync(ProcessedDocument document, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // IMMEDIATE takes the write lock up front, so two ingesters cannot both decide a paper is new.
        await using var transaction = connection.BeginTransaction(deferred: false);

        var known = await connection.ExecuteScalarAsync<string?>(
            "SELECT document_id FROM document_sources WHERE content_hash = @ContentHash;", document, transaction);
        if (known is not null)
        {
            return new SaveResult(SaveStatus.Unchanged, known);
        }

        var sameId = await connection.ExecuteScalarAsync<string?>(
            "SELECT id FROM documents WHERE id = @Id;", document, transaction);
        if (sameId is not null)
        {
            // Another rendition (PDF beside XML) of a paper already stored: remember it, keep the first.
            await InsertSourceAsync(connection, transaction, document);
            await transaction.CommitAsync(cancellationToken);
            return new SaveResult(SaveStatus.Unchanged, sameId);
        }

        await InsertDocumentAsync(connection, transaction, document);
        await InsertSourceAsync(connection, transaction, document);
        await InsertPartsAsync(connection, transaction, document);
        await InsertSearchUnitsAsync(connection, transaction, SearchUnitsOf(document));
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(SaveStatus.Inserted, document.Id);
    }

    private static Task<int> InsertSourceAsync(DbConnection connection, DbTransaction transaction, ProcessedDocument document) =>
        connection.ExecuteAsync(
            "INSERT INTO document_sources (content_hash, document_id, path) VALUES (@ContentHash, @Id, @Path);",
            document,
            transaction);

    private static Task<int> InsertDocumentAsync(DbConnection connection, DbTransaction transaction, ProcessedDocument document)
    {
        var identity = document.Identity;
        return connection.ExecuteAsync(
            """
            INSERT INTO documents (id, content_hash, path, format, kind, dossier, number, session, date, subject, title, text, ingested_at)
            VALUES (@id, @hash, @path, @format, @kind, @dossier, @number, @session, @date, @subject, @title, @text, @now);
            """,
            new
            {
                id = document.Id,
                hash = document.ContentHash,
                path = document.Path,
                format = document.Text.Source.Format,
                kind = identity.Kind,
                dossier = identity.Dossier,
                number = identity.Number,
                session = identity.Session,
                date = identity.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                subject = identity.Subject,
                title = document.Title,
                text = document.Text.Text,
                now = DateTimeOffset.UtcNow.ToString("O"),
            },
            transaction);
    }

    private static async Task InsertPartsAsync(DbConnection connection, DbTransaction transaction, ProcessedDocument document)
    {
        var id = document.Id;
        await connection.ExecuteAsync(
            "INSERT INTO signatories VALUES (@id, @ordinal, @name, @office, @start, @length);",
            document.Identity.Signatories.Select((s, i) => new { id, ordinal = i, name = s.Name, office = s.Office, start = s.Span.Start, length = s.Span.Length }),
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO sections VALUES (@id, @Index, @ParentIndex, @Level, @Heading, @Aspect, @hs, @hl, @bs, @bl);",
            document.Sections.Select(s => new { id, s.Index, s.ParentIndex, s.Level, s.Heading, s.Aspect, hs = s.HeadingSpan.Start, hl = s.HeadingSpan.Length, bs = s.BodySpan.Start, bl = s.BodySpan.Length }),
            transaction);
        var text = document.Text;
        await connection.ExecuteAsync(
            "INSERT INTO paragraphs VALUES (@id, @idx, @start, @end, @page);",
            text.Paragraphs.Select((p, i) => new { id, idx = i, start = p.Start, end = p.End, page = text.PageAt(p.Start) }),
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO questions VALUES (@id, @ordinal, @Number, @Question, @Answer, @refersTo, @qs, @ql, @as, @al);",
            document.Questions.Select((q, i) => new { id, ordinal = i, q.Number, q.Question, q.Answer, refersTo = JsonSerializer.Serialize(q.RefersTo), qs = q.QuestionSpan.Start, ql = q.QuestionSpan.Length, @as = q.AnswerSpan.Start, al = q.AnswerSpan.Length }),
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO facts VALUES (@id, @ordinal, @type, @quote, @start, @end, @page, @body);",
            document.Facts.Select((f, i) => new
            {
                id,
                ordinal = i,
                type = f.Type,
                quote = f.Quote,
                start = f.Citation?.Start ?? 0,
                end = f.Citation?.End ?? 0,
                page = f.Citation?.Page,
                body = FactJson.Serialize(f, gold: false),
            }),
            transaction);
    }
}
