using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store.Indexing;
using Mandaat.Store.Sqlite;

namespace Mandaat.Store.Tests;

/// <summary>
/// The pipeline analyses each document's search passages on its workers, so the one writer only writes: the
/// store indexes those terms as they are when its own analyzer made them, and analyses again when another did.
/// </summary>
public sealed class PipelineAnalysisTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-analysis-").FullName;

    [Fact]
    public void The_processor_gives_each_document_the_terms_the_store_would_analyse()
    {
        var document = Process(Directory.GetFiles(RepoPaths.Samples, "*.txt").Order().First());

        var passages = Assert.IsType<AnalyzedPassages>(document.Passages);
        Assert.Same(DutchTextAnalyzer.Default, passages.Analyzer);
        Assert.Equal(PassageAnalysis.Of(document, DutchTextAnalyzer.Default), passages.Units);
        Assert.Contains(passages.Units, u => u.Unit == SearchUnits.Document);
        Assert.Contains(passages.Units, u => u.Unit == SearchUnits.Paragraph);
    }

    [Fact]
    public async Task The_store_indexes_the_pipelines_terms_and_only_those_of_its_own_analyzer()
    {
        var letter = TestDocuments.Letter();
        await using var store = new SqliteDocumentStore(Path.Combine(_folder, "test.db"));
        await store.MigrateAsync(default);

        // Passages said to come from the store's analyzer are taken as they are: here none, so nothing is found.
        var trusted = letter with { Passages = new AnalyzedPassages(DutchTextAnalyzer.Default, []) };
        // From another analyzer they are not trusted: the store analyses the text itself, and it is found.
        var analysedElsewhere = TestDocuments.Letter(id: "kst-27925-998", hash: "bbbb") with { Passages = new AnalyzedPassages(new DutchTextAnalyzer(), []) };
        var saved = await store.SaveManyAsync([trusted, analysedElsewhere], default);

        Assert.All(saved, s => Assert.True(s.Succeeded, s.Error));
        var hits = await store.SearchAsync(new SearchRequest("militairen"), default);
        Assert.True(hits.Succeeded, hits.Error);
        Assert.Equal(["kst-27925-998"], hits.Value.Select(h => h.Id));
    }

    private static ProcessedDocument Process(string path)
    {
        var processed = DefaultPipeline.CreateProcessor(MissionCatalog.Load()).Process(File.ReadAllBytes(path), path);
        Assert.True(processed.Succeeded, processed.Error);
        return processed.Value!;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
