using Mandaat.Pipeline;
using Mandaat.Store;

namespace Mandaat.Cli.Hosting;

/// <summary>
/// Opens the store named by --db, else $MANDAAT_DB, else ./mandaat.db (CLI.md), migrated and ready; the
/// backend is <see cref="StoreLocation"/>'s choice, as for the web server.
/// </summary>
public static class StoreFactory
{
    public const string DefaultPath = StoreLocation.DefaultPath;

    public static string Resolve(string? db) =>
        !string.IsNullOrWhiteSpace(db) ? db
        : Environment.GetEnvironmentVariable("MANDAAT_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultPath;

    public static bool IsPostgres(string location) => StoreLocation.IsPostgres(location);

    public static Task<IDocumentStore> OpenAsync(string? db, CancellationToken cancellationToken) =>
        OpenLocationAsync(Resolve(db), cancellationToken);

    /// <summary>Opens a store at an explicit location (copy names two); a malformed address is a usage error (exit 2), a server that cannot be reached a StoreException (exit 1).</summary>
    public static async Task<IDocumentStore> OpenLocationAsync(string location, CancellationToken cancellationToken)
    {
        var store = StoreLocation.Create(location);
        return store.Succeeded
            ? await StoreLocation.MigratedAsync(store.Value, cancellationToken)
            : throw new UsageException(store.Error!);
    }

    /// <summary>The location for messages and output, without a password.</summary>
    public static string Describe(string location) => StoreLocation.Describe(location);
}
