using Mandaat.Store;
using Mandaat.Store.Register;
using Mandaat.Store.Sqlite;

namespace Mandaat.Register.Tests;

/// <summary>The provisional missions' refresh on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteProvisionalRefreshTests : ProvisionalRefreshContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-provisional-").FullName;

    protected override Task<IDocumentStore> CreateEmptyStoreAsync(IRegisterProjection projection) =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(Path.Combine(_folder, "register.db"), register: projection));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
