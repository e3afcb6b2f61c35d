using Dapper;
using Mandaat.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Tests;

/// <summary>
/// Several writers using one new SQLite file first, at once (issue 25): each migrates under the write lock and
/// finds the steps another already applied, so none fails with "table documents already exists" and every
/// document each of them saves is there.
/// </summary>
public sealed class SqliteFirstUseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-first-use-").FullName;

    [Fact]
    public async Task Eight_stores_that_all_found_a_new_file_unmigrated_migrate_it_in_turn_and_keep_what_they_save()
    {
        var path = Path.Combine(_folder, "nieuw.db");
        // The moment of the race, held open: the file is new (no step applied), and another writer holds the lock
        // while all eight have read that and wait to apply the first step.
        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        await other.OpenAsync();
        await other.ExecuteAsync("PRAGMA journal_mode = WAL; CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL);");
        var holding = other.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var store = new SqliteDocumentStore(path);
            await store.MigrateAsync(default);
            var saved = await store.SaveAsync(TestDocuments.Letter($"doc-{i}", $"hash-{i}"), default);
            Assert.Equal(SaveStatus.Inserted, saved.Status);
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(1));
        holding.Rollback();
        await Task.WhenAll(writers);

        await using var check = new SqliteDocumentStore(path);
        Assert.Equal(8, (await check.ListAsync(new DocumentFilter(), default)).Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
