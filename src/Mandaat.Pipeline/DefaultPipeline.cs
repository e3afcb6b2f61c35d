using Mandaat.Extract;
using Mandaat.Identify;
using Mandaat.Normalize;
using Mandaat.Readers;
using Mandaat.Search.Analysis;
using Mandaat.Segment;

namespace Mandaat.Pipeline;

/// <summary>The one place that picks each stage's implementation; Mandaat.Hosting composes the services around it.</summary>
public static class DefaultPipeline
{
    public static DocumentProcessor CreateProcessor() =>
        new(
            ReaderRegistry.Default.Read,
            new KamerstukNormalizer(),
            new HeaderIdentifier(),
            new HeadingSegmenter(),
            FactExtractor.Default,
            DutchTextAnalyzer.Default);
}
