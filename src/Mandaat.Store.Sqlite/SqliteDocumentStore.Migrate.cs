using Dapper;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    /// <summary>
    /// The schema version that last changed how the search index is laid out or what its terms are (3: unit ids, 8 and 12:
    /// the analysis of issue 23); stores migrated from before it are indexed again once. Its migration empties the index.
    /// </summary>
    private const int SearchSchemaVersion = 12;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
            await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL);");
            var current = await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_version;") ?? 0;
            if (current > SqliteMigrations.Latest)
            {
                throw new StoreException(
                    $"the database {FilePath} has schema version {current}, newer than this program knows ({SqliteMigrations.Latest}); upgrade Mandaat");
            }

            foreach (var (version, sql) in SqliteMigrations.All.Where(m => m.Version > current))
            {
                // BEGIN IMMEDIATE takes the write lock before the version is read again: two processes creating one
                // new store at once take turns, and the second finds each step applied instead of failing on it.
                await using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
                if ((await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_version;", transaction: transaction) ?? 0) >= version)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    continue;
                }

                await connection.ExecuteAsync(sql, transaction: transaction);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_version (version, applied_at) VALUES (@version, @now);",
                    new { version, now = DateTimeOffset.UtcNow.ToString("O") },
                    transaction);
                await transaction.CommitAsync(cancellationToken);
            }

            if (current is > 0 and < SearchSchemaVersion)
            {
                await IndexUnindexedAsync(connection);
            }
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"the file {FilePath} is not a usable Mandaat database: {ex.Message}", ex);
        }
    }
}
