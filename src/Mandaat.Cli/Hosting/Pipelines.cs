using Mandaat.Extract;
using Mandaat.Identify;
using Mandaat.Normalize;
using Mandaat.Pipeline;
using Mandaat.Readers;
using Mandaat.Segment;
using Mandaat.Store;
using Microsoft.Extensions.Logging;

namespace Mandaat.Cli.Hosting;

/// <summary>The composition root: the one place that picks each stage's implementation.</summary>
public static class Pipelines
{
    public static DocumentProcessor CreateProcessor()
    {
        var readers = ReaderRegistry.Default;
        return new DocumentProcessor(
            readers.Read,
            new KamerstukNormalizer(),
            new HeaderIdentifier(),
            new HeadingSegmenter(),
            FactExtractor.Default);
    }

    public static IngestService CreateIngest(IDocumentStore store, ILoggerFactory loggers) =>
        new(CreateProcessor(), store, loggers.CreateLogger<IngestService>());
}
