using Dapper;
using Mandaat.Core.Facts;
using Mandaat.Core.Paging;
using Mandaat.Store.Listing;
using Mandaat.Store.Rows;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(DocumentFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await DocumentRows.SummariesAsync(
            connection,
            $"""
            SELECT {DocumentRows.SummaryColumns} FROM documents
            WHERE (@Kind IS NULL OR kind = @Kind) AND (@Dossier IS NULL OR dossier = @Dossier)
            ORDER BY date IS NULL, date, id;
            """,
            new { Kind = filter.Kind?.Slug, filter.Dossier },
            SqliteDialect.Instance,
            cancellationToken);
    }

    public async Task<DocumentListing> ListPageAsync(DocumentQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        SqliteListingFunctions.Register(connection);
        return await SqlDocumentListings.PageAsync(connection, query, page, SqliteDialect.Instance, cancellationToken);
    }

    public async Task<Paged<DossierSummary>> ListDossiersAsync(PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqlDocumentListings.DossiersAsync(connection, page, SqliteDialect.Instance, cancellationToken);
    }

    public async Task<DocumentDetail?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await DocumentRows.ReadAsync(connection, id, SqliteDialect.Instance, cancellationToken) is { } record
            ? record.ToDetail() with { Versions = await VersionRows.ListAsync(connection, id, SqliteDialect.Instance, cancellationToken) }
            : null;
    }

    public async Task<string?> GetTextAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT text FROM documents WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<DocumentDetail?> GetVersionAsync(string id, int version, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var versions = await VersionRows.ListAsync(connection, id, SqliteDialect.Instance, cancellationToken);
        var record = versions.Any(v => v.Version == version && v.Current)
            ? await DocumentRows.ReadAsync(connection, id, SqliteDialect.Instance, cancellationToken)
            : await VersionRows.ReadEarlierAsync(connection, id, version, cancellationToken);
        return record is null ? null : record.ToDetail() with { Versions = versions };
    }

    public async Task<OfficialSource?> FindOfficialAsync(string source, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await VersionRows.FindOfficialAsync(connection, source, sourceId, cancellationToken);
    }

    public async Task<string?> GetCheckpointAsync(string selection, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await VersionRows.CheckpointAsync(connection, selection, cancellationToken);
    }

    public async Task SetCheckpointAsync(string selection, string state, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await VersionRows.SetCheckpointAsync(connection, selection, state, SqliteDialect.Instance, cancellationToken);
    }

    public async Task<IReadOnlyList<Fact>> GetFactsAsync(string? documentId, FactType? type, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // One document's facts by its key: "@documentId IS NULL OR …" in one statement makes SQLite scan every fact
        // of the store, which the register's refresh did once per document it relinked.
        var bodies = await connection.QueryAsync<string>(new CommandDefinition(
            documentId is null
                ? "SELECT body FROM facts WHERE @type IS NULL OR type = @type ORDER BY document_id, ordinal;"
                : "SELECT body FROM facts WHERE document_id = @documentId AND (@type IS NULL OR type = @type) ORDER BY ordinal;",
            new { documentId, type = type?.Slug },
            cancellationToken: cancellationToken));
        return [.. bodies.Select(StoredFact.FactOf)];
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var deleted = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM documents WHERE id = @id;", new { id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(VersionRows.DeleteEarlierSql, new { id }, transaction, cancellationToken: cancellationToken));
        await WriteRegisterAsync(connection, transaction, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await DocumentRows.CountAsync(connection, cancellationToken);
    }
}
