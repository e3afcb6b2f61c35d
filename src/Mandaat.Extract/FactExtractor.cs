using Mandaat.Core.Facts;
using Mandaat.Extract.Structure;

namespace Mandaat.Extract;

/// <summary>
/// Runs every extractor over one document and returns the facts in reading order, the
/// <c>document</c> fact first. The list of extractors is the only place that knows them all.
/// </summary>
public sealed class FactExtractor
{
    private readonly IReadOnlyList<IFactExtractor> _extractors;

    public FactExtractor(IEnumerable<IFactExtractor> extractors)
    {
        _extractors = extractors.ToList();
    }

    /// <summary>The extractors of every fact type of FORMAT.md.</summary>
    public static FactExtractor Default { get; } = new(
    [
        new DocumentFactExtractor(),
        new SignatoryFactExtractor(),
        new SectionFactExtractor(),
        new QaFactExtractor(),
    ]);

    public IReadOnlyList<Fact> Extract(ExtractionContext context)
    {
        var facts = _extractors.SelectMany(e => e.Extract(context)).ToList();
        // Stable sort: the document fact stays first, the rest follow the text.
        return facts
            .OrderBy(f => f is DocumentFact ? -1 : f.Citation?.Start ?? int.MaxValue)
            .ToList();
    }
}
