using Mandaat.Core.Documents;
using Mandaat.Search.Ranking;
using Mandaat.Store;
using Mandaat.Store.Postgres;

namespace Mandaat.Search.Tests;

/// <summary>
/// PostgreSQL counts BM25's totals and each word's hits once per state of the store and keeps them: a document
/// saved or removed, by this store object or another on the same database, must change the scores at once, as a
/// fresh store object scores them.
/// </summary>
public sealed class PostgresSearchStatisticsTests : IDisposable
{
    private readonly Testing.PostgresTestDatabase _database = Testing.PostgresTestDatabase.Create();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Scores_follow_every_save_and_removal_by_any_store_object_as_a_fresh_one_scores_them()
    {
        await using var serving = new PostgresDocumentStore(_database.ConnectionString);
        await using var writing = new PostgresDocumentStore(_database.ConnectionString);
        await serving.MigrateAsync(default);
        await Save(serving, 1, "De missie zendt militairen naar Irak.", "Helikopters in Irak.");
        await Save(serving, 2, "Een brief over de begroting.");
        var first = await Scores(serving);

        await Save(writing, 3, "Meer militairen en nog meer militairen naar Irak.");
        await Save(writing, 4, "Irak, Irak en Irak.");
        var afterSaves = await Scores(serving);
        Assert.NotEqual(first, afterSaves);
        Assert.Equal(await FreshScores(), afterSaves);

        Assert.True(await writing.DeleteAsync("kst-40000-3", default));
        Assert.Equal(await FreshScores(), await Scores(serving));
    }

    private async Task<List<(string, double)>> FreshScores()
    {
        await using var fresh = new PostgresDocumentStore(_database.ConnectionString);
        return await Scores(fresh);
    }

    private static async Task<List<(string, double)>> Scores(IDocumentStore store) =>
        [.. (await ((ISearchService)store).SearchAsync(new SearchRequest("militairen Irak"), default)).Value.Select(h => (h.Id, h.Score))];

    private static Task Save(IDocumentStore store, int number, params string[] paragraphs) =>
        store.SaveAsync(SearchDocuments.Make($"kst-40000-{number}", DocumentKind.Brief, "40000", new DateOnly(2020, 1, number), paragraphs, null), default);
}
