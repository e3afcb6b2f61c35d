using Mandaat.Store;
using Mandaat.Store.Postgres;
using Mandaat.Testing;

namespace Mandaat.Register.Tests;

/// <summary>The register contract on a real PostgreSQL server, in a database of its own.</summary>
public sealed class PostgresRegisterTests : RegisterContract, IDisposable
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    protected override Task<IDocumentStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IDocumentStore>(new PostgresDocumentStore(_database.ConnectionString));

    public void Dispose() => _database.Dispose();
}
