using Mandaat.Extract;
using Mandaat.Identify;
using Mandaat.Normalize;
using Mandaat.Readers;
using Mandaat.Search.Analysis;
using Mandaat.Segment;
using Microsoft.Extensions.Logging;

namespace Mandaat.Pipeline;

/// <summary>The composition root of the pipeline: the one place that picks each stage's implementation.</summary>
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

    public static IngestService CreateIngest(ILoggerFactory loggers) =>
        new(CreateProcessor(), loggers.CreateLogger<IngestService>());
}
