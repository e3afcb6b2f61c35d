using Mandaat.Store;
using Mandaat.Store.Sqlite;

namespace Mandaat.Search.Tests;

/// <summary>The search contract on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteSearchTests : SearchContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-search-").FullName;

    protected override Task<IDocumentStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(Path.Combine(_folder, "test.db")));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
