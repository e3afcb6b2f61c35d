using Mandaat.Store.Postgres;
using Mandaat.Testing;

namespace Mandaat.Store.Tests;

/// <summary>Several ingesters on one PostgreSQL database, each with its own connection pool as separate processes would have.</summary>
public sealed class PostgresConcurrencyTests : IDisposable
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    [Fact]
    public async Task Two_ingesters_that_migrate_at_once_both_succeed()
    {
        await using var first = new PostgresDocumentStore(_database.ConnectionString);
        await using var second = new PostgresDocumentStore(_database.ConnectionString);

        await Task.WhenAll(first.MigrateAsync(default), second.MigrateAsync(default));

        // Each version once: the second ingester waited for the first and found nothing left to do.
        Assert.Equal(0, await _database.ScalarAsync<long>("SELECT COUNT(*) - COUNT(DISTINCT version) FROM schema_version;"));
    }

    [Fact]
    public async Task Two_ingesters_on_overlapping_inputs_store_each_document_once()
    {
        await using var first = new PostgresDocumentStore(_database.ConnectionString);
        await using var second = new PostgresDocumentStore(_database.ConnectionString);
        await first.MigrateAsync(default);
        var documents = Enumerable.Range(1, 12).Select(i => TestDocuments.Letter(id: $"kst-27925-{i}", hash: $"hash-{i}")).ToList();

        // The first takes 1–8, the second 5–12, and both go at the overlap at the same moment.
        var results = await Task.WhenAll(
            Task.Run(() => SaveAllAsync(first, documents[..8])),
            Task.Run(() => SaveAllAsync(second, documents[4..].AsEnumerable().Reverse().ToList())));

        var statuses = results.SelectMany(r => r).ToList();
        Assert.Equal(12, statuses.Count(s => s == SaveStatus.Inserted));
        Assert.Equal(4, statuses.Count(s => s == SaveStatus.Unchanged));
        Assert.Equal(12, (await first.CountAsync(default)).Documents);
        Assert.Equal(48, (await first.CountAsync(default)).Facts);
        Assert.Equal(12, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM search_units WHERE unit = 'document';"));
    }

    [Fact]
    public async Task Two_renditions_of_one_paper_saved_at_once_keep_one_document_and_both_hashes()
    {
        await using var first = new PostgresDocumentStore(_database.ConnectionString);
        await using var second = new PostgresDocumentStore(_database.ConnectionString);
        await first.MigrateAsync(default);

        var results = await Task.WhenAll(
            first.SaveAsync(TestDocuments.Letter(hash: "pdf-bytes"), default),
            second.SaveAsync(TestDocuments.Letter(hash: "xml-bytes"), default));

        Assert.Single(results, r => r.Status == SaveStatus.Inserted);
        Assert.Equal(1, (await first.CountAsync(default)).Documents);
        Assert.Equal("kst-27925-999", await first.FindByContentHashAsync("pdf-bytes", default));
        Assert.Equal("kst-27925-999", await first.FindByContentHashAsync("xml-bytes", default));
    }

    private static async Task<List<SaveStatus>> SaveAllAsync(IDocumentStore store, IReadOnlyList<ProcessedDocument> documents)
    {
        var statuses = new List<SaveStatus>();
        foreach (var document in documents)
        {
            statuses.Add((await store.SaveAsync(document, default)).Status);
        }

        return statuses;
    }

    public void Dispose() => _database.Dispose();
}
