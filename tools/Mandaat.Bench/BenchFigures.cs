using Mandaat.Corpus;

namespace Mandaat.Bench;

/// <summary>
/// Everything one bench run measured. <see cref="Figures"/> is the verdict list: each figure with its baseline,
/// ratio, the target and PASS or MISS; the rest is the detail behind it (the corpus and its vocabulary,
/// every ingest, every search side, every serve child). Definitions: docs/BENCHMARKS.md.
/// </summary>
public sealed record BenchFigures(
    int Documents,
    int Queries,
    double CorpusMegabytes,
    int SourceFiles,
    VocabularyGrowth Vocabulary,
    bool ShippedTieredPgo,
    string? Against,
    IReadOnlyList<IngestRun> Ingests,
    IReadOnlyList<SearchTimes> SearchInProcess,
    IReadOnlyList<ServeRun> Serves,
    IReadOnlyList<Figure> Figures,
    string? PdfExtractionNotMeasured)
{
    public int Misses => Figures.Count(f => f.Verdict == Figure.Miss);
}
