using Mandaat.Store;
using Mandaat.Store.Sqlite;

namespace Mandaat.Cli.Hosting;

/// <summary>Opens the store named by --db, else $MANDAAT_DB, else ./mandaat.db (CLI.md), migrated and ready.</summary>
public static class StoreFactory
{
    public const string DefaultPath = "mandaat.db";

    public static string Resolve(string? db) =>
        !string.IsNullOrWhiteSpace(db) ? db
        : Environment.GetEnvironmentVariable("MANDAAT_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultPath;

    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static async Task<IDocumentStore> OpenAsync(string? db, CancellationToken cancellationToken)
    {
        var location = Resolve(db);
        if (IsPostgres(location))
        {
            throw new UsageException("PostgreSQL stores are not supported by this build yet; pass a SQLite file path with --db");
        }

        var store = new SqliteDocumentStore(location);
        await store.MigrateAsync(cancellationToken);
        return store;
    }
}
