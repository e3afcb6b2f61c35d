using Mandaat.Search.Analysis;

namespace Mandaat.Store.Indexing;

/// <summary>A document's search passages with their terms, and the analyzer that made them: a store uses them only if it analyses with the same one.</summary>
public sealed record AnalyzedPassages(ITextAnalyzer Analyzer, IReadOnlyList<AnalyzedUnit> Units)
{
    public static AnalyzedPassages Of(ProcessedDocument document, ITextAnalyzer analyzer) => new(analyzer, PassageAnalysis.Of(document, analyzer));

    /// <summary>The units if <paramref name="analyzer"/> made them, else null: a store trusts only terms of its own analyzer.</summary>
    public IReadOnlyList<AnalyzedUnit>? MadeBy(ITextAnalyzer analyzer) => Equals(Analyzer, analyzer) ? Units : null;
}

/// <summary>One search passage of a document with its analysed terms, as an index stores them: <paramref name="Body"/> one term per word in order, <paramref name="Parts"/> the pieces of compounds.</summary>
public sealed record AnalyzedUnit(string Document, string Unit, int Number, int Start, int End, string Body, string Parts);
