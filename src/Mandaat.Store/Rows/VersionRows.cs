using System.Data.Common;
using Dapper;
using Mandaat.Store.Versions;

namespace Mandaat.Store.Rows;

/// <summary>
/// The rows of versions, official sources and import checkpoints, the same statements on both backends:
/// an earlier version is archived whole before the new one replaces the documents row, and read back from its
/// JSON; a source's paper is recorded in the transaction that stores it.
/// </summary>
public static class VersionRows
{
    /// <summary>The current version's text, format, number and official record, or null when no such document is stored.</summary>
    public static async Task<StoredCurrent?> CurrentAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<CurrentRow>(new CommandDefinition(
            "SELECT text, format, version, official, path FROM documents WHERE id = @id;", new { id }, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var paths = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT path FROM documents WHERE id = @id UNION SELECT path FROM document_sources WHERE document_id = @id;", new { id }, transaction, cancellationToken: cancellationToken));
        return new StoredCurrent(row.text, row.format, (int)row.version, row.official, [.. paths.Select(Path.GetFileName).OfType<string>().Distinct(StringComparer.Ordinal)], row.path);
    }

    /// <summary>Keeps the current version's rows as an earlier version, before the documents row is replaced.</summary>
    public static Task ArchiveAsync(DbConnection connection, DbTransaction? transaction, DocumentRecord current, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(dialect);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO document_versions (document_id, version, content_hash, path, ingested_at, replaced_at, record)
            VALUES (@Id, @Version, @ContentHash, @Path, @ingestedAt, @replacedAt, @record);
            """,
            new
            {
                current.Id,
                current.Version,
                current.ContentHash,
                current.Path,
                ingestedAt = dialect.InstantParameter(current.IngestedAt),
                replacedAt = dialect.InstantParameter(DateTimeOffset.UtcNow),
                record = StoredJson.Write(current),
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>Every version of a document, oldest first, the current one last; empty when there is no such document.</summary>
    public static async Task<IReadOnlyList<DocumentVersion>> ListAsync(DbConnection connection, string id, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var rows = await connection.QueryAsync<VersionRow>(new CommandDefinition(
            """
            SELECT version, content_hash, path, ingested_at, replaced_at FROM document_versions WHERE document_id = @id
            UNION ALL
            SELECT version, content_hash, path, ingested_at, NULL FROM documents WHERE id = @id
            ORDER BY version;
            """,
            new { id },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new DocumentVersion(
            (int)r.version, r.content_hash, r.path, dialect.Instant(r.ingested_at), r.replaced_at is null ? null : dialect.Instant(r.replaced_at)))];
    }

    /// <summary>An earlier version's rows as they were stored, or null.</summary>
    public static async Task<DocumentRecord?> ReadEarlierAsync(DbConnection connection, string id, int version, CancellationToken cancellationToken)
    {
        var json = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT record FROM document_versions WHERE document_id = @id AND version = @version;", new { id, version }, cancellationToken: cancellationToken));
        return json is null ? null : StoredJson.Record(json);
    }

    /// <summary>Records (or moves on) what a source's paper became, in the transaction that stored it.</summary>
    public static Task RecordOfficialAsync(DbConnection connection, DbTransaction? transaction, OfficialRecord official, string documentId, string contentHash, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(official);
        ArgumentNullException.ThrowIfNull(dialect);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO official_sources (source, source_id, revision, document_id, content_hash, fetched_at)
            VALUES (@Source, @SourceId, @Revision, @documentId, @contentHash, @fetchedAt)
            ON CONFLICT (source, source_id) DO UPDATE
            SET revision = excluded.revision, document_id = excluded.document_id, content_hash = excluded.content_hash, fetched_at = excluded.fetched_at;
            """,
            new { official.Source, official.SourceId, official.Revision, documentId, contentHash, fetchedAt = dialect.InstantParameter(DateTimeOffset.UtcNow) },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>Gives a paper stored from a file by hand the official record a source now gives for the same bytes.</summary>
    public static Task AdoptOfficialAsync(DbConnection connection, DbTransaction? transaction, OfficialRecord official, string documentId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE documents SET official = @official WHERE id = @documentId AND official IS NULL;",
            new { official = StoredJson.Write(official), documentId },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>
    /// Replaces a stored paper's official record when the source changed its metadata but not its file (same revision):
    /// the metadata wins for dossier, number, date and subject, as at import. <paramref name="date"/> is the backend's
    /// parameter for the day. False when no such document is stored.
    /// </summary>
    public static async Task<bool> RefreshOfficialAsync(DbConnection connection, string documentId, OfficialRecord official, object? date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(official);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE documents SET official = @json, dossier = COALESCE(@Dossier, dossier), number = COALESCE(@Number, number),
                date = COALESCE(@date, date), subject = COALESCE(@Subject, subject)
            WHERE id = @documentId;
            """,
            new { json = StoredJson.Write(official), official.Dossier, official.Number, date, official.Subject, documentId },
            cancellationToken: cancellationToken)) > 0;
    }

    public static async Task<OfficialSource?> FindOfficialAsync(DbConnection connection, string source, string sourceId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<OfficialRow>(new CommandDefinition(
            "SELECT source, source_id, revision, document_id, content_hash FROM official_sources WHERE source = @source AND source_id = @sourceId;",
            new { source, sourceId },
            cancellationToken: cancellationToken));
        return row is null ? null : new OfficialSource(row.source, row.source_id, row.revision, row.document_id, row.content_hash);
    }

    public static Task<string?> CheckpointAsync(DbConnection connection, string selection, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT state FROM import_checkpoints WHERE selection = @selection;", new { selection }, cancellationToken: cancellationToken));

    public static Task SetCheckpointAsync(DbConnection connection, string selection, string state, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO import_checkpoints (selection, state, updated_at) VALUES (@selection, @state, @now)
            ON CONFLICT (selection) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at;
            """,
            new { selection, state, now = dialect.InstantParameter(DateTimeOffset.UtcNow) },
            cancellationToken: cancellationToken));
    }

    /// <summary>What removing a document removes beside the rows that cascade: its earlier versions and its source records.</summary>
    public const string DeleteEarlierSql = "DELETE FROM document_versions WHERE document_id = @id; DELETE FROM official_sources WHERE document_id = @id;";

    // Classes with setters, as in DocumentRows: Dapper fills them whatever integer type a backend answers.
#pragma warning disable IDE1006, CA1812 // Properties mirror column names; Dapper creates the rows.
    private sealed class CurrentRow
    {
        public string text { get; set; } = string.Empty;

        public string format { get; set; } = string.Empty;

        public long version { get; set; }

        public string? official { get; set; }

        public string path { get; set; } = string.Empty;
    }

    private sealed class VersionRow
    {
        public long version { get; set; }

        public string content_hash { get; set; } = string.Empty;

        public string path { get; set; } = string.Empty;

        public object ingested_at { get; set; } = string.Empty;

        public object? replaced_at { get; set; }
    }

    private sealed class OfficialRow
    {
        public string source { get; set; } = string.Empty;

        public string source_id { get; set; } = string.Empty;

        public string revision { get; set; } = string.Empty;

        public string document_id { get; set; } = string.Empty;

        public string content_hash { get; set; } = string.Empty;
    }
#pragma warning restore IDE1006, CA1812
}
