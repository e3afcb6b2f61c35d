using Dapper;
using Mandaat.Core.Facts;
using Mandaat.Core.Paging;
using Mandaat.Store.Listing;
using Mandaat.Store.Rows;

namespace Mandaat.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(DocumentFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await OpenAsync(cancellationToken);
        // COLLATE "C": ids order byte for byte, as in SQLite, whatever the database's locale.
        return await Guard("list documents in", () => DocumentRows.SummariesAsync(
            connection,
            $"""
            SELECT {DocumentRows.SummaryColumns} FROM documents
            WHERE (@Kind::text IS NULL OR kind = @Kind) AND (@Dossier::text IS NULL OR dossier = @Dossier)
            ORDER BY date NULLS LAST, id COLLATE "C";
            """,
            new { Kind = filter.Kind?.Slug, filter.Dossier },
            PostgresDialect.Instance,
            cancellationToken));
    }

    public async Task<DocumentListing> ListPageAsync(DocumentQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("list documents in", () => SqlDocumentListings.PageAsync(connection, query, page, PostgresDialect.Instance, cancellationToken));
    }

    public async Task<Paged<DossierSummary>> ListDossiersAsync(PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("list dossiers in", () => SqlDocumentListings.DossiersAsync(connection, page, PostgresDialect.Instance, cancellationToken));
    }

    public async Task<DocumentDetail?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var record = await Guard("read a document from", () => DocumentRows.ReadAsync(connection, id, PostgresDialect.Instance, cancellationToken));
        return record is null
            ? null
            : record.ToDetail() with { Versions = await Guard("read a document's versions from", () => VersionRows.ListAsync(connection, id, PostgresDialect.Instance, cancellationToken)) };
    }

    public async Task<string?> GetTextAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("read a document's text from", () => connection.ExecuteScalarAsync<string?>(
            new CommandDefinition("SELECT text FROM documents WHERE id = @id;", new { id }, cancellationToken: cancellationToken)));
    }

    public async Task<DocumentDetail?> GetVersionAsync(string id, int version, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var versions = await Guard("read a document's versions from", () => VersionRows.ListAsync(connection, id, PostgresDialect.Instance, cancellationToken));
        var record = versions.Any(v => v.Version == version && v.Current)
            ? await Guard("read a document from", () => DocumentRows.ReadAsync(connection, id, PostgresDialect.Instance, cancellationToken))
            : await Guard("read a document version from", () => VersionRows.ReadEarlierAsync(connection, id, version, cancellationToken));
        return record is null ? null : record.ToDetail() with { Versions = versions };
    }

    public async Task<OfficialSource?> FindOfficialAsync(string source, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("read an official source from", () => VersionRows.FindOfficialAsync(connection, source, sourceId, cancellationToken));
    }

    public async Task<string?> GetCheckpointAsync(string selection, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("read an import checkpoint from", () => VersionRows.CheckpointAsync(connection, selection, cancellationToken));
    }

    public async Task SetCheckpointAsync(string selection, string state, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Guard("write an import checkpoint to", async () =>
        {
            await VersionRows.SetCheckpointAsync(connection, selection, state, PostgresDialect.Instance, cancellationToken);
            return true;
        });
    }

    public async Task<IReadOnlyList<Fact>> GetFactsAsync(string? documentId, FactType? type, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // One document's facts by its key, as SQLite's: a plan made for "@documentId IS NULL OR …" may scan every fact.
        var bodies = await Guard("read facts from", () => connection.QueryAsync<string>(new CommandDefinition(
            documentId is null
                ? """SELECT body FROM facts WHERE @type::text IS NULL OR type = @type ORDER BY document_id COLLATE "C", ordinal;"""
                : "SELECT body FROM facts WHERE document_id = @documentId AND (@type::text IS NULL OR type = @type) ORDER BY ordinal;",
            new { documentId, type = type?.Slug },
            cancellationToken: cancellationToken)));
        return [.. bodies.Select(StoredFact.FactOf)];
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // The document's row alone says whether there was one: the statements after it touch rows (the register's
        // generation) whatever was deleted, so they run only then, in the same transaction.
        var deleted = await Guard("delete a document from", async () =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var rows = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM documents WHERE id = @id;", new { id }, transaction, cancellationToken: cancellationToken));
            if (rows > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    VersionRows.DeleteEarlierSql + " " + Register.RegisterRows.BumpSql, new { id }, transaction, cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
            return rows;
        });
        return deleted > 0;
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("count the documents in", () => DocumentRows.CountAsync(connection, cancellationToken));
    }
}
