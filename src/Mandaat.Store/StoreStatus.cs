namespace Mandaat.Store;

/// <summary>
/// What an operator asks of a running store: is it at the schema this program knows, how many documents
/// does it hold, and how much room does it take. Read by the readiness probe and the metrics.
/// </summary>
/// <param name="SchemaVersion">The highest migration applied to the store (0 when it has none).</param>
/// <param name="KnownSchemaVersion">The highest migration this program knows.</param>
/// <param name="SizeBytes">The store's size on disk (the SQLite file with its write-ahead log, or the PostgreSQL database).</param>
public sealed record StoreStatus(int SchemaVersion, int KnownSchemaVersion, int Documents, long SizeBytes)
{
    /// <summary>Every migration this program knows is applied, and none it does not.</summary>
    public bool Migrated => SchemaVersion == KnownSchemaVersion;
}
