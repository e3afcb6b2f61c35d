using Dapper;
using Mandaat.Store.Register;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

/// <summary>The register's entries, generation and snapshots (<see cref="RegisterRows"/>, migration 10).</summary>
public sealed partial class SqliteDocumentStore
{
    public async Task<long> RegisterGenerationAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await RegisterRows.GenerationAsync(connection, cancellationToken);
    }

    public async Task<IReadOnlyList<RegisterEntryRow>> RegisterEntriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await RegisterRows.EntriesAsync(connection, cancellationToken);
    }

    public async Task PutRegisterEntriesAsync(IReadOnlyList<RegisterEntryRow> rows, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            await RegisterRows.PutEntriesAsync(connection, rows, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"the mission register was not written: {WriteFailure(ex)}", ex);
        }
    }

    public async Task<string?> GetRegisterSnapshotAsync(string name, string stamp, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await RegisterRows.SnapshotAsync(connection, name, stamp, cancellationToken);
    }

    public async Task PutRegisterSnapshotsAsync(string stamp, IReadOnlyDictionary<string, string> bodies, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            await RegisterRows.PutSnapshotsAsync(connection, stamp, bodies, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"the mission register was not written: {WriteFailure(ex)}", ex);
        }
    }

    public async Task ClearRegisterAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            await RegisterRows.ClearAsync(connection, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"the mission register was not written: {WriteFailure(ex)}", ex);
        }
    }

    // In the transaction of an import or a removal: the document's entry, when there is one, and a new generation.
    private static async Task WriteRegisterAsync(SqliteConnection connection, SqliteTransaction transaction, RegisterEntryRow? entry, CancellationToken cancellationToken)
    {
        if (entry is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(RegisterRows.PutEntrySql, entry, transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(RegisterRows.BumpSql, transaction: transaction, cancellationToken: cancellationToken));
    }
}
