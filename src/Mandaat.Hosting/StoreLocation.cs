using Mandaat.Core;
using Mandaat.Search.Query;
using Mandaat.Store;
using Mandaat.Store.Postgres;
using Mandaat.Store.Register;
using Mandaat.Store.Sqlite;

namespace Mandaat.Hosting;

/// <summary>
/// Where a store lives and which engine serves it, decided in this one place for every interface (--db,
/// MANDAAT_DB, copy's --from and --to): PostgreSQL for a postgres:// address or a Host=… connection string,
/// else a SQLite file. Parsed once, so a malformed address is refused before anything is opened.
/// </summary>
public sealed class StoreLocation
{
    public const string DefaultPath = "mandaat.db";

    // The Npgsql connection string of a PostgreSQL address; null for a SQLite file.
    private readonly string? _postgres;

    private StoreLocation(string address, string? postgres)
    {
        Address = address;
        _postgres = postgres;
    }

    /// <summary>What the user gave: a file path or a PostgreSQL address.</summary>
    public string Address { get; }

    public bool IsPostgres => _postgres is not null;

    /// <summary>Whether there is a store to open: a SQLite file that exists; a PostgreSQL database is the server's to say.</summary>
    public bool Exists => IsPostgres || File.Exists(Address);

    /// <summary>The address for messages and output, without a password.</summary>
    public string Description => IsPostgres ? PostgresConnectionString.Redact(Address) : Address;

    /// <summary>The location of an address; a PostgreSQL address that cannot be read fails with the reason.</summary>
    public static Outcome<StoreLocation> Parse(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (!NamesPostgres(address))
        {
            return Outcome<StoreLocation>.Ok(new StoreLocation(address, null));
        }

        var connectionString = PostgresConnectionString.From(address);
        return connectionString.Succeeded
            ? Outcome<StoreLocation>.Ok(new StoreLocation(address, connectionString.Value))
            : Outcome<StoreLocation>.Fail(connectionString.Error!);
    }

    private static bool NamesPostgres(string address) =>
        address.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || address.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || address.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The store, opened and migrated. One that cannot be opened (a server not reached, a folder that does not
    /// exist, a newer schema) is disposed, and its StoreException says what to do.
    /// </summary>
    /// <param name="aliases">Names that meet in a search (<see cref="MissionQueryAliases"/>); the designation variants alone when null.</param>
    /// <param name="register">Writes each saved document's register entry in its transaction; without it the register makes missing entries when read.</param>
    public async Task<IDocumentStore> OpenAsync(CancellationToken cancellationToken, QueryAliases? aliases = null, IRegisterProjection? register = null)
    {
        IDocumentStore store = _postgres is null
            ? new SqliteDocumentStore(Address, aliases: aliases, register: register)
            : new PostgresDocumentStore(_postgres, aliases: aliases, register: register);
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

    /// <summary>An online backup of a SQLite store into <paramref name="target"/> (<see cref="SqliteBackup"/>); PostgreSQL's own tool, pg_dump, backs up a server's store.</summary>
    public Task<(StoreFingerprint Fingerprint, long Bytes)> BackupAsync(string target, bool overwrite, CancellationToken cancellationToken) =>
        IsPostgres
            ? throw new StoreException($"{Description} is a PostgreSQL store: back it up with pg_dump")
            : SqliteBackup.WriteAsync(Address, target, overwrite, cancellationToken);

    public override string ToString() => Description;
}
