using System.Globalization;
using System.Text.Json;
using Mandaat.Core.Facts;
using Mandaat.Search.Query;
using Mandaat.Store.Search;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

/// <summary>
/// Writes documents inside one open transaction through statements prepared once, so a batch of
/// documents costs one parse of each statement rather than one per row (the profile of issue 8 showed
/// Dapper re-preparing every statement for every row).
/// </summary>
internal sealed class SqliteDocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _findByHash;
    private readonly SqliteCommand _findById;
    private readonly SqliteCommand _document;
    private readonly SqliteCommand _source;
    private readonly SqliteCommand _signatory;
    private readonly SqliteCommand _section;
    private readonly SqliteCommand _paragraph;
    private readonly SqliteCommand _question;
    private readonly SqliteCommand _fact;
    private readonly SqliteCommand _nextDocument;
    private readonly SqliteCommand _unit;
    private readonly SqliteCommand _documentTerms;
    private readonly SqliteCommand _passageTerms;

    public SqliteDocumentWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _findByHash = Prepare("SELECT document_id FROM document_sources WHERE content_hash = $1;", 1);
        _findById = Prepare("SELECT id FROM documents WHERE id = $1;", 1);
        _document = Prepare(
            """
            INSERT INTO documents (id, content_hash, path, format, kind, dossier, number, session, date, subject, title, text, ingested_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13);
            """,
            13);
        _source = Prepare("INSERT INTO document_sources (content_hash, document_id, path) VALUES ($1, $2, $3);", 3);
        _signatory = Prepare("INSERT INTO signatories VALUES ($1, $2, $3, $4, $5, $6);", 6);
        _section = Prepare("INSERT INTO sections VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);", 10);
        _paragraph = Prepare("INSERT INTO paragraphs VALUES ($1, $2, $3, $4, $5);", 5);
        _question = Prepare("INSERT INTO questions VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);", 10);
        _fact = Prepare("INSERT INTO facts VALUES ($1, $2, $3, $4, $5, $6, $7, $8);", 8);
        _nextDocument = Prepare(SearchUnitIds.NextDocumentSql, 0);
        _unit = Prepare("INSERT INTO search_units (id, document_id, unit, number, span_start, span_end) VALUES ($1, $2, $3, $4, $5, $6);", 6);
        _documentTerms = Prepare("INSERT INTO document_fts (rowid, body, parts) VALUES ($1, $2, $3);", 3);
        _passageTerms = Prepare("INSERT INTO passage_fts (rowid, body, parts) VALUES ($1, $2, $3);", 3);
    }

    /// <summary>
    /// Writes one document unless its content or its id is stored already; a second rendition of a
    /// stored paper is remembered as a source of it. Throws <see cref="SqliteException"/> on a broken row.
    /// </summary>
    public SaveResult Write(ProcessedDocument document, IReadOnlyList<AnalyzedUnit> units)
    {
        if (Scalar(_findByHash, document.ContentHash) is { } known)
        {
            return new SaveResult(SaveStatus.Unchanged, known);
        }

        if (Scalar(_findById, document.Id) is { } sameId)
        {
            // Another rendition (PDF beside XML) of a paper already stored: remember it, keep the first.
            Run(_source, document.ContentHash, sameId, document.Path);
            return new SaveResult(SaveStatus.Unchanged, sameId);
        }

        var id = document.Id;
        var identity = document.Identity;
        Run(
            _document,
            id,
            document.ContentHash,
            document.Path,
            document.Text.Source.Format,
            identity.Kind,
            identity.Dossier,
            identity.Number,
            identity.Session,
            identity.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            identity.Subject,
            document.Title,
            document.Text.Text,
            DateTimeOffset.UtcNow.ToString("O"));
        Run(_source, document.ContentHash, id, document.Path);
        for (var i = 0; i < identity.Signatories.Count; i++)
        {
            var s = identity.Signatories[i];
            Run(_signatory, id, i, s.Name, s.Office, s.Span.Start, s.Span.Length);
        }

        foreach (var s in document.Sections)
        {
            Run(_section, id, s.Index, s.ParentIndex, s.Level, s.Heading, s.Aspect, s.HeadingSpan.Start, s.HeadingSpan.Length, s.BodySpan.Start, s.BodySpan.Length);
        }

        var text = document.Text;
        for (var i = 0; i < text.Paragraphs.Count; i++)
        {
            var p = text.Paragraphs[i];
            Run(_paragraph, id, i, p.Start, p.End, text.PageAt(p.Start));
        }

        for (var i = 0; i < document.Questions.Count; i++)
        {
            var q = document.Questions[i];
            Run(_question, id, i, q.Number, q.Question, q.Answer, JsonSerializer.Serialize(q.RefersTo), q.QuestionSpan.Start, q.QuestionSpan.Length, q.AnswerSpan.Start, q.AnswerSpan.Length);
        }

        for (var i = 0; i < document.Facts.Count; i++)
        {
            var f = document.Facts[i];
            Run(_fact, id, i, f.Type, f.Quote, f.Citation?.Start ?? 0, f.Citation?.End ?? 0, f.Citation?.Page, FactJson.Serialize(f, gold: false));
        }

        WriteUnits(units);
        return new SaveResult(SaveStatus.Inserted, id);
    }

    /// <summary>A document's search units and their terms (the whole document in document_fts, its passages in passage_fts), with ids as <see cref="SearchUnitIds"/> lays them out.</summary>
    public void WriteUnits(IReadOnlyList<AnalyzedUnit> units)
    {
        var ids = SearchUnitIds.For((long)_nextDocument.ExecuteScalar()!, units.Select(u => u.Unit));
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            Run(_unit, ids[i], u.Document, u.Unit, u.Number, u.Start, u.End);
            Run(u.Unit == SearchUnits.Document ? _documentTerms : _passageTerms, ids[i], u.Body, u.Parts);
        }
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), DBNull.Value));
        }

        command.Prepare();
        _commands.Add(command);
        return command;
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }
}
