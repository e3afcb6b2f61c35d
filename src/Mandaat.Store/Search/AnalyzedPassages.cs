using Mandaat.Search.Analysis;

namespace Mandaat.Store.Search;

/// <summary>A document's search passages with their terms, and the analyzer that made them: a store uses them only if it analyses with the same one.</summary>
public sealed record AnalyzedPassages(ITextAnalyzer Analyzer, IReadOnlyList<AnalyzedUnit> Units)
{
    public static AnalyzedPassages Of(ProcessedDocument document, ITextAnalyzer analyzer) => new(analyzer, PassageAnalysis.Of(document, analyzer));

    /// <summary>The units if <paramref name="analyzer"/> made them, else null: a store trusts only terms of its own analyzer.</summary>
    public IReadOnlyList<AnalyzedUnit>? MadeBy(ITextAnalyzer analyzer) => Equals(Analyzer, analyzer) ? Units : null;
}
