using Mandaat.Store;
using Mandaat.Store.Register;
using Mandaat.Store.Sqlite;

namespace Mandaat.Register.Tests;

/// <summary>The register's cache on a real SQLite file, read and written through several store objects.</summary>
public sealed class SqliteRegisterCacheTests : RegisterCacheContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-register-cache-").FullName;

    protected override IDocumentStore OpenStore(IRegisterProjection? projection) =>
        new SqliteDocumentStore(Path.Combine(_folder, "register.db"), register: projection);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
