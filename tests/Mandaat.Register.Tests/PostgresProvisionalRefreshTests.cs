using Mandaat.Store;
using Mandaat.Store.Postgres;
using Mandaat.Store.Register;
using Mandaat.Testing;

namespace Mandaat.Register.Tests;

/// <summary>The provisional missions' refresh on a real PostgreSQL server, in a database of its own.</summary>
public sealed class PostgresProvisionalRefreshTests : ProvisionalRefreshContract, IDisposable
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    protected override Task<IDocumentStore> CreateEmptyStoreAsync(IRegisterProjection projection) =>
        Task.FromResult<IDocumentStore>(new PostgresDocumentStore(_database.ConnectionString, register: projection));

    public void Dispose() => _database.Dispose();
}
