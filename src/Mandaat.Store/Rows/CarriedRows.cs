using System.Data.Common;
using Dapper;

namespace Mandaat.Store.Rows;

/// <summary>
/// What <c>copy</c> carries beside a document's current rows, the same statements on both backends: its earlier
/// versions and the source records (official_sources) that say which revision of which source's paper it is; and,
/// store-wide, the import checkpoints.
/// </summary>
public static class CarriedRows
{
    /// <summary>The document's record with its earlier versions and source records added.</summary>
    public static async Task<DocumentRecord> WithHistoryAsync(DbConnection connection, DocumentRecord record, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(dialect);
        var earlier = await connection.QueryAsync<EarlierRow>(new CommandDefinition(
            "SELECT version, content_hash, path, ingested_at, replaced_at, record FROM document_versions WHERE document_id = @Id ORDER BY version;", record, cancellationToken: cancellationToken));
        var sources = await connection.QueryAsync<SourceRow>(new CommandDefinition(
            "SELECT source, source_id, revision, content_hash FROM official_sources WHERE document_id = @Id ORDER BY source, source_id;", record, cancellationToken: cancellationToken));
        return record with
        {
            Earlier = [.. earlier.Select(r => new EarlierVersion((int)r.version, r.content_hash, r.path, dialect.Instant(r.ingested_at), dialect.Instant(r.replaced_at), r.record))],
            OfficialSources = [.. sources.Select(r => new OfficialSource(r.source, r.source_id, r.revision, record.Id, r.content_hash))],
        };
    }

    /// <summary>Writes what <see cref="WithHistoryAsync"/> read, in the transaction that imports the document.</summary>
    public static async Task WriteHistoryAsync(DbConnection connection, DbTransaction transaction, DocumentRecord record, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(dialect);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO document_versions (document_id, version, content_hash, path, ingested_at, replaced_at, record)
            VALUES (@id, @Version, @ContentHash, @Path, @ingestedAt, @replacedAt, @Record);
            """,
            record.Earlier.Select(e => new { id = record.Id, e.Version, e.ContentHash, e.Path, ingestedAt = dialect.InstantParameter(e.IngestedAt), replacedAt = dialect.InstantParameter(e.ReplacedAt), e.Record }),
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO official_sources (source, source_id, revision, document_id, content_hash, fetched_at)
            VALUES (@Source, @SourceId, @Revision, @id, @ContentHash, @now)
            ON CONFLICT (source, source_id) DO NOTHING;
            """,
            record.OfficialSources.Select(s => new { s.Source, s.SourceId, s.Revision, id = record.Id, s.ContentHash, now = dialect.InstantParameter(DateTimeOffset.UtcNow) }),
            transaction,
            cancellationToken: cancellationToken));
    }

    public static async Task<IReadOnlyList<ImportCheckpoint>> CheckpointsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<ImportCheckpoint>(new CommandDefinition(
            "SELECT selection AS Selection, state AS State FROM import_checkpoints ORDER BY selection;", cancellationToken: cancellationToken))];

#pragma warning disable IDE1006, CA1812 // Properties mirror column names; Dapper creates the rows.
    private sealed class EarlierRow
    {
        public long version { get; set; }

        public string content_hash { get; set; } = string.Empty;

        public string path { get; set; } = string.Empty;

        public object ingested_at { get; set; } = string.Empty;

        public object replaced_at { get; set; } = string.Empty;

        public string record { get; set; } = string.Empty;
    }

    private sealed class SourceRow
    {
        public string source { get; set; } = string.Empty;

        public string source_id { get; set; } = string.Empty;

        public string revision { get; set; } = string.Empty;

        public string content_hash { get; set; } = string.Empty;
    }
#pragma warning restore IDE1006, CA1812
}
