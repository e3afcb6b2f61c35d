using Dapper;
using Npgsql;

namespace Mandaat.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    /// <summary>Any fixed number: the advisory lock that lets only one process migrate at a time.</summary>
    private const long MigrationLock = 0x4D414E44_41415401;

    /// <summary>The schema version that last changed what the search index's terms are (8: Mandaat's analyzer, 12: compounds split by frequency); its migration empties the index, and stores from before it are indexed again in the same transaction.</summary>
    private const int SearchSchemaVersion = 12;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            // A store at the current version is only read: a read-only role (the web server's) can open it.
            var existing = await VersionAsync(connection, null, cancellationToken);
            if (existing == PostgresMigrations.Latest)
            {
                return;
            }

            if (existing > PostgresMigrations.Latest)
            {
                throw Newer(existing);
            }

            // DDL is transactional in PostgreSQL: a migration applies wholly or not at all, and the
            // advisory lock makes a second ingester wait here instead of racing the first.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@MigrationLock);", new { MigrationLock }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());",
                transaction: transaction,
                cancellationToken: cancellationToken));
            var current = await VersionAsync(connection, transaction, cancellationToken);
            if (current > PostgresMigrations.Latest)
            {
                throw Newer(current);
            }

            foreach (var (version, sql) in PostgresMigrations.All.Where(m => m.Version > current))
            {
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_version (version) VALUES (@version);", new { version }, transaction, cancellationToken: cancellationToken));
            }

            if (current < SearchSchemaVersion)
            {
                await IndexAgainAsync(connection, transaction, cancellationToken);
                // A server of this store counts its search statistics per generation (SearchStatistics): a new index is a new state.
                await connection.ExecuteAsync(new CommandDefinition(Register.RegisterRows.BumpSql, transaction: transaction, cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"cannot prepare the database {Location}: {Reason(ex)}", ex);
        }
    }

    private StoreException Newer(int version) =>
        new($"the database {Location} has schema version {version}, newer than this program knows ({PostgresMigrations.Latest}); upgrade Mandaat");

    /// <summary>The schema version of the database; 0 when it has no Mandaat tables yet.</summary>
    private static async Task<int> VersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('schema_version') IS NOT NULL;", transaction: transaction, cancellationToken: cancellationToken));
        return exists
            ? await connection.ExecuteScalarAsync<int?>(new CommandDefinition("SELECT MAX(version) FROM schema_version;", transaction: transaction, cancellationToken: cancellationToken)) ?? 0
            : 0;
    }
}
