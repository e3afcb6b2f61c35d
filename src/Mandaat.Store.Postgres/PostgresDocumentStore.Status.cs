using Dapper;

namespace Mandaat.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    public async Task<StoreStatus> StatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("read the status of", async () =>
        {
            var hasVersions = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT to_regclass('schema_version') IS NOT NULL;", cancellationToken: cancellationToken));
            var version = hasVersions ? await connection.ExecuteScalarAsync<int?>(new CommandDefinition("SELECT MAX(version) FROM schema_version;", cancellationToken: cancellationToken)) ?? 0 : 0;
            var documents = version > 0 ? await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*)::int FROM documents;", cancellationToken: cancellationToken)) : 0;
            var size = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT pg_database_size(current_database());", cancellationToken: cancellationToken));
            return new StoreStatus(version, PostgresMigrations.Latest, documents, size);
        });
    }
}
