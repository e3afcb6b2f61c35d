using Dapper;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Search.Analysis;
using Mandaat.Store.Indexing;
using Mandaat.Store.Postgres;
using Mandaat.Testing;
using Npgsql;

namespace Mandaat.Store.Tests;

/// <summary>
/// PostgreSQL stores each passage's length for BM25 (its terms and compound parts). It counts them from the
/// terms the pipeline analysed when it has them, and analyses the text itself when not: both give the
/// lengths of analysing each passage alone, on a real sample with compounds, paragraphs and the whole text.
/// </summary>
public sealed class PostgresPassageLengthTests : IDisposable
{
    private readonly PostgresTestDatabase _withTerms = PostgresTestDatabase.Create();
    private readonly PostgresTestDatabase _withoutTerms = PostgresTestDatabase.Create();

    [Fact]
    public async Task Lengths_from_the_pipelines_terms_equal_those_of_each_passage_analysed_alone()
    {
        var path = Directory.GetFiles(RepoPaths.Samples, "*.txt").Order().First();
        var processed = DefaultPipeline.CreateProcessor(MissionCatalog.Load()).Process(File.ReadAllBytes(path), path);
        Assert.True(processed.Succeeded, processed.Error);
        var document = processed.Value!;
        Assert.NotNull(document.Passages);

        var fromTerms = await SavedLengthsAsync(_withTerms, document);
        var analysedHere = await SavedLengthsAsync(_withoutTerms, document with { Passages = null });

        var expected = SearchPassages.Of(document)
            .Select(p => (p.Unit, p.Number, DutchTextAnalyzer.Default.Analyze(p.Text).Sum(t => 1 + t.Parts.Count)))
            .Order()
            .ToList();
        Assert.Contains(expected, e => e.Item3 > 0);
        Assert.Equal(expected, fromTerms);
        Assert.Equal(expected, analysedHere);
    }

    private static async Task<List<(string Unit, int Number, int Tokens)>> SavedLengthsAsync(PostgresTestDatabase database, ProcessedDocument document)
    {
        await using (var store = new PostgresDocumentStore(database.ConnectionString))
        {
            await store.MigrateAsync(default);
            var saved = await store.SaveAsync(document, default);
            Assert.Equal(SaveStatus.Inserted, saved.Status);
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        var rows = await connection.QueryAsync<(string, int, int)>("SELECT unit, number, tokens FROM search_units;");
        return [.. rows.Order()];
    }

    public void Dispose()
    {
        _withTerms.Dispose();
        _withoutTerms.Dispose();
    }
}
