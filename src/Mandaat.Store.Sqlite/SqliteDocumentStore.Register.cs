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

    public Task PutRegisterEntriesAsync(IReadOnlyList<RegisterEntryRow> rows, CancellationToken cancellationToken) =>
        WriteRegisterRowsAsync(connection => RegisterRows.PutEntriesAsync(connection, rows, cancellationToken), cancellationToken);

    public async Task<string?> GetRegisterSnapshotAsync(string name, string stamp, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await RegisterRows.SnapshotAsync(connection, name, stamp, cancellationToken);
    }

    public Task PutRegisterSnapshotsAsync(string stamp, IReadOnlyDictionary<string, string> bodies, CancellationToken cancellationToken) =>
        WriteRegisterRowsAsync(connection => RegisterRows.PutSnapshotsAsync(connection, stamp, bodies, cancellationToken), cancellationToken);

    public Task ClearRegisterAsync(CancellationToken cancellationToken) =>
        WriteRegisterRowsAsync(connection => RegisterRows.ClearAsync(connection, cancellationToken), cancellationToken);

    // A write that fails (a full disk after an ingest) is a StoreException that says what to do, like a save's.
    private async Task WriteRegisterRowsAsync(Func<SqliteConnection, Task> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            await write(connection);
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
