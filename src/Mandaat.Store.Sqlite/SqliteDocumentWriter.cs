using System.Globalization;
using System.Text.Json;
using Mandaat.Core.Facts;
using Mandaat.Search.Query;
using Mandaat.Store.Indexing;
using Mandaat.Store.Register;
using Mandaat.Store.Rows;
using Mandaat.Store.Sqlite.Search;
using Mandaat.Store.Versions;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

/// <summary>
/// Writes documents inside one open transaction through statements prepared once, so a batch of
/// documents costs one parse of each statement rather than one per row (Dapper prepares a statement
/// again for every row it is run for). The statements run through SQLite's C API
/// (<see cref="RawStatement"/>): the writer is the ingest's one thread that cannot be spread over cores.
/// </summary>
internal sealed class SqliteDocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction? _transaction;
    private readonly List<RawStatement> _statements = [];
    private readonly RawStatement _findByHash;
    private readonly RawStatement _findById;
    private readonly RawStatement _currentHash;
    private readonly RawStatement _document;
    private readonly RawStatement _source;
    private readonly RawStatement _earlierSource;
    private readonly RawStatement _deleteDocument;
    private readonly RawStatement _signatory;
    private readonly RawStatement _section;
    private readonly RawStatement _paragraph;
    private readonly RawStatement _question;
    private readonly RawStatement _fact;
    private readonly RawStatement _nextDocument;
    private readonly RawStatement _unit;
    private readonly RawStatement _documentTerms;
    private readonly RawStatement _passageTerms;
    private readonly RawStatement _totals;
    private readonly RawStatement _registerEntry;
    private readonly RawStatement _registerBump;

    // A document was written (or replaced) since the register's generation was last raised.
    private bool _registerChanged;

    // Units written but not yet added to search_totals: whole documents, and passages.
    private Fts5Totals _pendingDocuments = Fts5Totals.None;
    private Fts5Totals _pendingPassages = Fts5Totals.None;

    /// <summary>
    /// Prepares the statements on <paramref name="connection"/>, whose open <paramref name="transaction"/> they then
    /// write in; <see cref="Write"/> needs the transaction, for the statements that archive a version.
    /// </summary>
    public SqliteDocumentWriter(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        _connection = connection;
        _transaction = transaction;

        RawStatement Prepare(string sql)
        {
            var statement = new RawStatement(connection, sql);
            _statements.Add(statement);
            return statement;
        }

        _findByHash = Prepare("SELECT document_id FROM document_sources WHERE content_hash = ?1;");
        _findById = Prepare("SELECT id FROM documents WHERE id = ?1;");
        _currentHash = Prepare("SELECT content_hash FROM documents WHERE id = ?1;");
        _document = Prepare(
            """
            INSERT INTO documents (id, content_hash, path, format, kind, dossier, number, session, date, subject, title, text, ingested_at, version, official)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15);
            """);
        _source = Prepare("INSERT INTO document_sources (content_hash, document_id, path) VALUES (?1, ?2, ?3);");
        _earlierSource = Prepare("INSERT OR IGNORE INTO document_sources (content_hash, document_id, path) VALUES (?1, ?2, ?3);");
        _deleteDocument = Prepare("DELETE FROM documents WHERE id = ?1;");
        _signatory = Prepare("INSERT INTO signatories VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
        _section = Prepare("INSERT INTO sections VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);");
        _paragraph = Prepare("INSERT INTO paragraphs VALUES (?1, ?2, ?3, ?4, ?5);");
        _question = Prepare("INSERT INTO questions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);");
        _fact = Prepare("INSERT INTO facts VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
        _nextDocument = Prepare(SearchUnitIds.NextDocumentSql);
        _unit = Prepare("INSERT INTO search_units (id, document_id, unit, number, span_start, span_end, tokens) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
        _documentTerms = Prepare("INSERT INTO document_fts (rowid, body, parts) VALUES (?1, ?2, ?3);");
        _passageTerms = Prepare("INSERT INTO passage_fts (rowid, body, parts) VALUES (?1, ?2, ?3);");
        _totals = Prepare("UPDATE search_totals SET rows = rows + ?2, tokens = tokens + ?3 WHERE fts = ?1;");
        _registerEntry = Prepare("INSERT OR REPLACE INTO register_entries (document_id, version, entry) VALUES (?1, ?2, ?3);");
        _registerBump = Prepare(RegisterRows.BumpSql);
    }

    /// <summary>
    /// Writes one document unless its content is stored already. A file of a paper already stored is either
    /// another rendition of it (remembered as a source, the first kept) or, by <see cref="VersionRule"/>, its
    /// new version: the current version is archived whole, its rows are replaced, and the hashes of every
    /// earlier rendition stay known so an old file is recognised. Throws <see cref="SqliteException"/> on a broken row.
    /// </summary>
    public SaveResult Write(ProcessedDocument document, IReadOnlyList<AnalyzedUnit> units, RegisterEntryRow? entry = null)
    {
        var known = _findByHash.Bind(1, document.ContentHash).Text();
        // A file kept before as another rendition of the paper, now said to be its revision, is weighed again as one.
        var revisingRendition = known is not null && document.Revision && known == document.Id && _currentHash.Bind(1, known).Text() != document.ContentHash;
        if (known is not null && !revisingRendition)
        {
            RecordOfficial(document, known, adopt: true);
            return new SaveResult(SaveStatus.Unchanged, known);
        }

        var id = document.Id;
        var (status, version, earlierSources) = (SaveStatus.Inserted, 1, (IReadOnlyList<DocumentSource>)[]);
        if (_findById.Bind(1, id).Text() is not null)
        {
            // Microsoft.Data.Sqlite runs its async methods synchronously: these awaits never block a thread on I/O elsewhere.
            var current = VersionRows.CurrentAsync(_connection, _transaction, id, CancellationToken.None).GetAwaiter().GetResult()!;
            var newVersion = VersionRule.IsNewVersion(current, document);
            if (!newVersion && !RenditionPreference.Prefers(current, document))
            {
                // Another rendition (PDF beside XML) of a paper already stored, not the preferred one: remember it.
                if (!revisingRendition)
                {
                    _source.Bind(1, document.ContentHash).Bind(2, id).Bind(3, document.Path).Execute();
                }

                RecordOfficial(document, id, adopt: true);
                return new SaveResult(SaveStatus.Unchanged, id);
            }

            var earlier = DocumentRows.ReadAsync(_connection, id, SqliteDialect.Instance, CancellationToken.None, _transaction).GetAwaiter().GetResult()!;
            if (newVersion)
            {
                VersionRows.ArchiveAsync(_connection, _transaction, earlier, SqliteDialect.Instance, CancellationToken.None).GetAwaiter().GetResult();
            }

            // The cascade takes the earlier text's sections, facts and search units (the trigger its terms and totals). A preferred
            // rendition gives the same version its text and stays "unchanged": the paper is the same.
            _deleteDocument.Bind(1, id).Execute();
            (status, version, earlierSources) = newVersion
                ? (SaveStatus.Updated, current.Version + 1, earlier.Sources)
                : (SaveStatus.Unchanged, current.Version, earlier.Sources);
            document = OfficialCarry.Carry(document, current.Official);
        }

        var identity = document.Identity;
        _document
            .Bind(1, id)
            .Bind(2, document.ContentHash)
            .Bind(3, document.Path)
            .Bind(4, document.Text.Source.Format)
            .Bind(5, identity.Kind.Slug)
            .Bind(6, identity.Dossier)
            .Bind(7, identity.Number)
            .Bind(8, identity.Session)
            .Bind(9, identity.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Bind(10, identity.Subject)
            .Bind(11, document.Title)
            .Bind(12, document.Text.Text)
            .Bind(13, DateTimeOffset.UtcNow.ToString("O"))
            .Bind(14, version)
            .Bind(15, document.Official is null ? null : StoredJson.Write(document.Official))
            .Execute();
        _source.Bind(1, document.ContentHash).Bind(2, id).Bind(3, document.Path).Execute();
        foreach (var source in earlierSources)
        {
            _earlierSource.Bind(1, source.ContentHash).Bind(2, id).Bind(3, source.Path).Execute();
        }

        for (var i = 0; i < identity.Signatories.Count; i++)
        {
            var s = identity.Signatories[i];
            _signatory.Bind(1, id).Bind(2, i).Bind(3, s.Name).Bind(4, s.Office).Bind(5, s.Span.Start).Bind(6, s.Span.Length).Execute();
        }

        foreach (var s in document.Sections)
        {
            _section
                .Bind(1, id).Bind(2, s.Index).Bind(3, s.ParentIndex).Bind(4, s.Level).Bind(5, s.Heading).Bind(6, s.Aspect)
                .Bind(7, s.HeadingSpan.Start).Bind(8, s.HeadingSpan.Length).Bind(9, s.BodySpan.Start).Bind(10, s.BodySpan.Length)
                .Execute();
        }

        var text = document.Text;
        for (var i = 0; i < text.Paragraphs.Count; i++)
        {
            var p = text.Paragraphs[i];
            _paragraph.Bind(1, id).Bind(2, i).Bind(3, p.Start).Bind(4, p.End).Bind(5, text.PageAt(p.Start)).Execute();
        }

        for (var i = 0; i < document.Questions.Count; i++)
        {
            var q = document.Questions[i];
            _question
                .Bind(1, id).Bind(2, i).Bind(3, q.Number).Bind(4, q.Question).Bind(5, q.Answer).Bind(6, JsonSerializer.Serialize(q.RefersTo))
                .Bind(7, q.QuestionSpan.Start).Bind(8, q.QuestionSpan.Length).Bind(9, q.AnswerSpan.Start).Bind(10, q.AnswerSpan.Length)
                .Execute();
        }

        for (var i = 0; i < document.Facts.Count; i++)
        {
            var f = document.Facts[i];
            _fact
                .Bind(1, id).Bind(2, i).Bind(3, f.Type.Slug).Bind(4, f.Quote).Bind(5, f.Citation?.Start ?? 0).Bind(6, f.Citation?.End ?? 0)
                .Bind(7, f.Citation?.Page).Bind(8, FactJson.Serialize(f, gold: false))
                .Execute();
        }

        WriteUnits(units);
        if (entry is not null)
        {
            _registerEntry.Bind(1, id).Bind(2, entry.Version).Bind(3, entry.Entry).Execute();
        }

        _registerChanged = true;
        RecordOfficial(document, id, adopt: false);
        return new SaveResult(status, id);
    }

    // The source's paper is recorded with the paper it became, in the same transaction, so an interrupted import refetches only what is missing.
    private void RecordOfficial(ProcessedDocument document, string id, bool adopt)
    {
        if (document.Official is not { } official)
        {
            return;
        }

        VersionRows.RecordOfficialAsync(_connection, _transaction, official, id, document.ContentHash, SqliteDialect.Instance, CancellationToken.None).GetAwaiter().GetResult();
        if (adopt)
        {
            VersionRows.AdoptOfficialAsync(_connection, _transaction, official, id, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// A document's search units and their terms (the whole document in document_fts, its passages in passage_fts),
    /// with ids as <see cref="SearchUnitIds"/> lays them out, each with its length in tokens. Their rows and tokens
    /// wait for <see cref="WriteTotals"/>, and count only once every unit is written, so a document rolled back to
    /// its savepoint adds nothing.
    /// </summary>
    public void WriteUnits(IReadOnlyList<AnalyzedUnit> units)
    {
        var ids = SearchUnitIds.For(_nextDocument.Number(), units.Select(u => u.Unit));
        var (documents, passages) = (Fts5Totals.None, Fts5Totals.None);
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var length = Fts5Totals.Length(u.Body, u.Parts);
            _unit.Bind(1, ids[i]).Bind(2, u.Document).Bind(3, u.Unit).Bind(4, u.Number).Bind(5, u.Start).Bind(6, u.End).Bind(7, length).Execute();
            if (u.Unit == SearchUnits.Document)
            {
                _documentTerms.Bind(1, ids[i]).Bind(2, u.Body).Bind(3, u.Parts).Execute();
                documents = documents.Add(length);
            }
            else
            {
                _passageTerms.Bind(1, ids[i]).Bind(2, u.Body).Bind(3, u.Parts).Execute();
                passages = passages.Add(length);
            }
        }

        (_pendingDocuments, _pendingPassages) = (_pendingDocuments + documents, _pendingPassages + passages);
    }

    /// <summary>
    /// Adds the units written since the last call to search_totals; called once before the transaction commits.
    /// Not a trigger on search_units: a statement that fires a trigger opens a statement transaction, at whose
    /// start FTS5 writes the terms it holds in memory out as a new index segment, so every unit written would
    /// make a segment of its own. A unit's removal is taken off by the delete trigger.
    /// </summary>
    public void WriteTotals()
    {
        foreach (var (table, pending) in new[] { ("document_fts", _pendingDocuments), ("passage_fts", _pendingPassages) })
        {
            if (pending.Rows > 0)
            {
                _totals.Bind(1, table).Bind(2, pending.Rows).Bind(3, pending.Tokens).Execute();
            }
        }

        (_pendingDocuments, _pendingPassages) = (Fts5Totals.None, Fts5Totals.None);
        if (_registerChanged)
        {
            // Once per transaction, like the totals: the register's snapshots are now out of date.
            _registerBump.Execute();
            _registerChanged = false;
        }
    }

    public void Dispose()
    {
        foreach (var statement in _statements)
        {
            statement.Dispose();
        }
    }
}
