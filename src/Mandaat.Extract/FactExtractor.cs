using Mandaat.Core.Facts;
using Mandaat.Extract.Quantities;
using Mandaat.Extract.References;
using Mandaat.Extract.Statements;
using Mandaat.Extract.Structure;
using Mandaat.Missions;

namespace Mandaat.Extract;

/// <summary>
/// Runs every extractor over one document and returns the facts in reading order, the
/// <c>document</c> fact first. The list of extractors is the only place that knows them all.
/// </summary>
public sealed class FactExtractor
{
    private readonly IReadOnlyList<IFactExtractor> _extractors;
    private readonly MissionTagger _tagger;

    public FactExtractor(IEnumerable<IFactExtractor> extractors, MissionCatalog missions)
    {
        _extractors = extractors.ToList();
        _tagger = new MissionTagger(missions);
    }

    /// <summary>The extractors of every fact type of FORMAT.md, tagging facts with the missions of <paramref name="missions"/>.</summary>
    public static FactExtractor ForEveryFactType(MissionCatalog missions) => new(
    [
        new DocumentFactExtractor(),
        new SignatoryFactExtractor(),
        new SectionFactExtractor(),
        new QaFactExtractor(),
        new ReferenceExtractor(),
        new LegalBasisExtractor(),
        new CommitmentExtractor(),
        new MoneyExtractor(),
        new PersonnelExtractor(),
        new AssetExtractor(),
        new PeriodExtractor(),
    ],
    missions);

    public IReadOnlyList<Fact> Extract(ExtractionContext context)
    {
        var facts = _extractors.SelectMany(e => e.Extract(context)).ToList();
        // Stable sort: the document fact stays first, the rest follow the text.
        var ordered = facts
            .OrderBy(f => f is DocumentFact ? -1 : f.Citation?.Start ?? int.MaxValue)
            .ToList();
        return _tagger.Tag(context.Text, ordered, DocumentDates.ForMissions(context.Identity.Date, context.Identity.Session, context.Text.Text), context.Segmentation.Sections);
    }
}
