using Mandaat.Core.Limits;
using Mandaat.Extract;
using Mandaat.Identify;
using Mandaat.Missions;
using Mandaat.Normalize;
using Mandaat.Readers;
using Mandaat.Search.Analysis;
using Mandaat.Segment;

namespace Mandaat.Pipeline;

/// <summary>The one place that picks each stage's implementation; Mandaat.Hosting composes the services around it.</summary>
public static class DefaultPipeline
{
    /// <summary>
    /// Every stage, the extractor tagging facts with the missions of <paramref name="missions"/>, and every stage
    /// refusing a document that passes <paramref name="limits"/> (the defaults when none are given).
    /// </summary>
    public static DocumentProcessor CreateProcessor(MissionCatalog missions, DocumentLimits? limits = null) =>
        new(
            ReaderRegistry.Within(limits ?? DocumentLimits.Default).Read,
            new KamerstukNormalizer(),
            new HeaderIdentifier(),
            new HeadingSegmenter(),
            FactExtractor.ForEveryFactType(missions),
            DutchTextAnalyzer.Default,
            limits);
}
