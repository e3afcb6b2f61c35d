using Mandaat.Store.Sqlite;

namespace Mandaat.Store.Tests;

/// <summary>The store contract on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-store-").FullName;

    protected override Task<IDocumentStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(Path.Combine(_folder, "test.db")));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
