using Dapper;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    public async Task<StoreStatus> StatusAsync(CancellationToken cancellationToken)
    {
        // Opening a missing file would create an empty store and call it reachable: a probe must not.
        if (!File.Exists(FilePath))
        {
            throw new StoreException($"the database {FilePath} does not exist");
        }

        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            var hasVersions = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';") > 0;
            var version = hasVersions ? await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_version;") ?? 0 : 0;
            var documents = version > 0 ? await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM documents;") : 0;
            return new StoreStatus(version, SqliteMigrations.Latest, documents, SizeOnDisk());
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            throw new StoreException($"cannot read the database {FilePath}: {ex.Message}", ex);
        }
    }

    // The write-ahead log holds committed pages not yet copied back into the file: both are the store.
    private long SizeOnDisk() =>
        new[] { FilePath, FilePath + "-wal" }.Select(path => new FileInfo(path)).Where(file => file.Exists).Sum(file => file.Length);
}
