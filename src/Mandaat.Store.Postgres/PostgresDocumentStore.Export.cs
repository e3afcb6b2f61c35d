using System.Runtime.CompilerServices;
using Mandaat.Store.Register;
using Mandaat.Store.Rows;
using Npgsql;

namespace Mandaat.Store.Postgres;

/// <summary>Whole-store export and import for <c>mandaat copy</c>: every row as stored, the search index built by the server on import.</summary>
public sealed partial class PostgresDocumentStore
{
    public async IAsyncEnumerable<DocumentRecord> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var id in await Guard("list the documents of", () => DocumentRows.IdsAsync(connection, PostgresDialect.Instance, cancellationToken)))
        {
            // Null when deleted while exporting.
            if (await Guard("read a document from", () => DocumentRows.ReadAsync(connection, id, PostgresDialect.Instance, cancellationToken)) is { } record)
            {
                yield return await Guard("read a document's history from", () => CarriedRows.WithHistoryAsync(connection, record, PostgresDialect.Instance, cancellationToken));
            }
        }
    }

    public async Task<SaveResult> ImportAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var hashes = record.Sources.Select(s => s.ContentHash).Append(record.ContentHash).Distinct(StringComparer.Ordinal).ToArray();
            var existing = await LockAndFindAsync(connection, transaction, record.Id, hashes, cancellationToken);
            if (existing is not null)
            {
                return new SaveResult(SaveStatus.Unchanged, existing.Value.Id);
            }

            await InsertRowsAsync(connection, transaction, record, analysed: null, cancellationToken);
            await CarriedRows.WriteHistoryAsync(connection, transaction, record, PostgresDialect.Instance, cancellationToken);
            await WriteRegisterAsync(connection, transaction, RegisterSource.Entry(_register, record.ToDetail()), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new SaveResult(SaveStatus.Inserted, record.Id);
        }
        catch (NpgsqlException ex)
        {
            throw SaveFailed(record.Id, ex);
        }
    }
}
