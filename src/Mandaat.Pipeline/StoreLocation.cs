using Mandaat.Core;
using Mandaat.Store;
using Mandaat.Store.Postgres;
using Mandaat.Store.Sqlite;

namespace Mandaat.Pipeline;

/// <summary>
/// Where a store lives and which backend serves it, decided once for every interface (the CLI's --db and
/// the web server's MANDAAT_DB): PostgreSQL for a postgres:// address or a Host=… connection string, else
/// a SQLite file.
/// </summary>
public static class StoreLocation
{
    public const string DefaultPath = "mandaat.db";

    public static bool IsPostgres(string location) => PostgresConnectionString.IsPostgres(location);

    /// <summary>The store at a location, not yet opened; a PostgreSQL address that cannot be read is a failed outcome.</summary>
    public static Outcome<IDocumentStore> Create(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (!IsPostgres(location))
        {
            return Outcome<IDocumentStore>.Ok(new SqliteDocumentStore(location));
        }

        var connectionString = PostgresConnectionString.From(location);
        return connectionString.Succeeded
            ? Outcome<IDocumentStore>.Ok(new PostgresDocumentStore(connectionString.Value))
            : Outcome<IDocumentStore>.Fail(connectionString.Error!);
    }

    /// <summary>Migrates a created store and hands it over ready; a store that cannot be opened is disposed and its exception passed on.</summary>
    public static async Task<IDocumentStore> MigratedAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
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
