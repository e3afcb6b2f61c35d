using Dapper;
using Mandaat.Store.Register;
using Npgsql;

namespace Mandaat.Store.Postgres;

/// <summary>The register's entries, generation and snapshots (<see cref="RegisterRows"/>, migration 10).</summary>
public sealed partial class PostgresDocumentStore
{
    public async Task<long> RegisterGenerationAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("read the register of", () => RegisterRows.GenerationAsync(connection, cancellationToken));
    }

    public async Task<IReadOnlyList<RegisterEntryRow>> RegisterEntriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("read the register of", () => RegisterRows.EntriesAsync(connection, cancellationToken));
    }

    public async Task PutRegisterEntriesAsync(IReadOnlyList<RegisterEntryRow> rows, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Guard("write the register of", async () =>
        {
            await RegisterRows.PutEntriesAsync(connection, rows, cancellationToken);
            return true;
        });
    }

    public async Task<string?> GetRegisterSnapshotAsync(string name, string stamp, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("read the register of", () => RegisterRows.SnapshotAsync(connection, name, stamp, cancellationToken));
    }

    public async Task PutRegisterSnapshotsAsync(string stamp, IReadOnlyDictionary<string, string> bodies, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Guard("write the register of", async () =>
        {
            await RegisterRows.PutSnapshotsAsync(connection, stamp, bodies, cancellationToken);
            return true;
        });
    }

    public async Task ClearRegisterAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Guard("clear the register of", async () =>
        {
            await RegisterRows.ClearAsync(connection, cancellationToken);
            return true;
        });
    }

    // Last in the transaction of a save or an import, so the one generation row is locked only until the commit.
    private static async Task WriteRegisterAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RegisterEntryRow? entry, CancellationToken cancellationToken)
    {
        if (entry is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(RegisterRows.PutEntrySql, entry, transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(RegisterRows.BumpSql, transaction: transaction, cancellationToken: cancellationToken));
    }
}
