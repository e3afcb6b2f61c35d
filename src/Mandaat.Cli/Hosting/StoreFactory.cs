using Mandaat.Store;
using Mandaat.Store.Postgres;
using Mandaat.Store.Sqlite;

namespace Mandaat.Cli.Hosting;

/// <summary>
/// Opens the store named by --db, else $MANDAAT_DB, else ./mandaat.db (CLI.md), migrated and ready:
/// PostgreSQL for a postgres:// address or a Host=… connection string, else a SQLite file.
/// </summary>
public static class StoreFactory
{
    public const string DefaultPath = "mandaat.db";

    public static string Resolve(string? db) =>
        !string.IsNullOrWhiteSpace(db) ? db
        : Environment.GetEnvironmentVariable("MANDAAT_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultPath;

    public static bool IsPostgres(string location) => PostgresConnectionString.IsPostgres(location);

    public static Task<IDocumentStore> OpenAsync(string? db, CancellationToken cancellationToken) =>
        OpenLocationAsync(Resolve(db), cancellationToken);

    /// <summary>Opens a store at an explicit location (copy names two); a server that cannot be reached is a StoreException (exit 1).</summary>
    public static async Task<IDocumentStore> OpenLocationAsync(string location, CancellationToken cancellationToken)
    {
        IDocumentStore store;
        if (IsPostgres(location))
        {
            var connectionString = PostgresConnectionString.From(location);
            store = connectionString.Succeeded
                ? new PostgresDocumentStore(connectionString.Value)
                : throw new UsageException(connectionString.Error!);
        }
        else
        {
            store = new SqliteDocumentStore(location);
        }

        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>The location for messages and output, without a password.</summary>
    public static string Describe(string location) => PostgresConnectionString.Redact(location);
}
