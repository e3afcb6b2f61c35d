using Mandaat.Core.Documents;
using Mandaat.Store.Postgres;
using Mandaat.Store.Sqlite;
using Mandaat.Testing;

namespace Mandaat.Store.Tests;

/// <summary>Export and import between backends (what `mandaat copy` does): SQLite → PostgreSQL → SQLite loses nothing.</summary>
public sealed class StoreCopyTests : IDisposable
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-copy-").FullName;

    [Fact]
    public async Task A_store_copied_to_PostgreSQL_and_back_has_the_same_counts_checksum_and_documents()
    {
        await using var source = await MigratedAsync(new SqliteDocumentStore(Path.Combine(_folder, "source.db")));
        await source.SaveAsync(TestDocuments.Letter(hash: "pdf-bytes"), default);
        await source.SaveAsync(TestDocuments.Letter(hash: "xml-bytes"), default); // a second rendition
        await source.SaveAsync(TestDocuments.Letter(id: "kst-29521-1", hash: "cccc", kind: DocumentKind.Brief, dossier: null), default);
        await using var postgres = await MigratedAsync(new PostgresDocumentStore(_database.ConnectionString));
        await using var back = await MigratedAsync(new SqliteDocumentStore(Path.Combine(_folder, "back.db")));

        await CopyAsync(source, postgres);
        await CopyAsync(postgres, back);

        var expected = await StoreChecksum.ComputeAsync(source, default);
        Assert.Equal(new StoreFingerprint(2, 8, 0, expected.Checksum), expected);
        Assert.Equal(expected, await StoreChecksum.ComputeAsync(postgres, default));
        Assert.Equal(expected, await StoreChecksum.ComputeAsync(back, default));
        Assert.Equal(await source.CountAsync(default), await back.CountAsync(default));
        Assert.Equal("kst-27925-999", await back.FindByContentHashAsync("xml-bytes", default));
        Assert.Equal(await source.ListAsync(DocumentFilter.None, default), await postgres.ListAsync(DocumentFilter.None, default));
    }

    [Fact]
    public async Task Copying_twice_adds_nothing_and_a_changed_document_changes_the_checksum()
    {
        await using var source = await MigratedAsync(new SqliteDocumentStore(Path.Combine(_folder, "source.db")));
        await source.SaveAsync(TestDocuments.Letter(), default);
        await using var postgres = await MigratedAsync(new PostgresDocumentStore(_database.ConnectionString));

        await CopyAsync(source, postgres);
        await foreach (var record in source.ExportAsync(default))
        {
            Assert.Equal(SaveStatus.Unchanged, (await postgres.ImportAsync(record, default)).Status);
        }

        await _database.ScalarAsync<object>("UPDATE facts SET quote = 'anders' WHERE ordinal = 1;");
        Assert.NotEqual((await StoreChecksum.ComputeAsync(source, default)).Checksum, (await StoreChecksum.ComputeAsync(postgres, default)).Checksum);
    }

    private static async Task<IDocumentStore> MigratedAsync(IDocumentStore store)
    {
        await store.MigrateAsync(default);
        return store;
    }

    private static async Task CopyAsync(IDocumentStore from, IDocumentStore to)
    {
        await foreach (var record in from.ExportAsync(default))
        {
            Assert.Equal(SaveStatus.Inserted, (await to.ImportAsync(record, default)).Status);
        }
    }

    public void Dispose()
    {
        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
