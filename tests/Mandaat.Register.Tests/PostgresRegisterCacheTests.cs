using Mandaat.Store;
using Mandaat.Store.Postgres;
using Mandaat.Store.Register;
using Mandaat.Testing;

namespace Mandaat.Register.Tests;

/// <summary>The register's cache on a real PostgreSQL server, read and written through several store objects.</summary>
public sealed class PostgresRegisterCacheTests : RegisterCacheContract, IDisposable
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    protected override IDocumentStore OpenStore(IRegisterProjection? projection) =>
        new PostgresDocumentStore(_database.ConnectionString, register: projection);

    public void Dispose() => _database.Dispose();
}
