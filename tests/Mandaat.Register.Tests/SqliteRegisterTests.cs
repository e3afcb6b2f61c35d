using Mandaat.Store;
using Mandaat.Store.Sqlite;

namespace Mandaat.Register.Tests;

/// <summary>The register contract on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteRegisterTests : RegisterContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-register-").FullName;

    protected override Task<IDocumentStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(Path.Combine(_folder, "register.db")));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
