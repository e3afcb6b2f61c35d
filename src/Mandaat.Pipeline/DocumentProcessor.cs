using Mandaat.Core;
using Mandaat.Core.Text;
using Mandaat.Extract;
using Mandaat.Identify;
using Mandaat.Normalize;
using Mandaat.Search.Analysis;
using Mandaat.Segment;
using Mandaat.Store;
using Mandaat.Store.Indexing;

namespace Mandaat.Pipeline;

/// <summary>
/// One document through every stage, top to bottom as DESIGN.md draws it: read → normalise →
/// identify → segment → extract, and with an analyzer the search terms of its passages. Knows nothing of
/// storage; the result is what the store keeps.
/// </summary>
public sealed class DocumentProcessor(
    Func<byte[], string, Outcome<SourceText>> read,
    ITextNormalizer normalizer,
    IDocumentIdentifier identifier,
    ISegmenter segmenter,
    FactExtractor extractor,
    ITextAnalyzer? analyzer = null)
{
    /// <param name="clock">Where each stage's time is added, when the caller measures them.</param>
    public Outcome<ProcessedDocument> Process(byte[] content, string path, StageClock? clock = null)
    {
        var started = StageClock.Start();
        var source = read(content, path);
        started = clock?.Stop(IngestStage.Read, started) ?? started;
        if (!source.Succeeded)
        {
            return Outcome<ProcessedDocument>.Fail(source.Error!);
        }

        if (string.IsNullOrWhiteSpace(source.Value.Text))
        {
            return Outcome<ProcessedDocument>.Fail("the file holds no text");
        }

        var hash = ContentHash.Of(content);
        var text = normalizer.Normalize(source.Value);
        started = clock?.Stop(IngestStage.Normalize, started) ?? started;
        var identity = identifier.Identify(text);
        var id = identity.KamerstukId ?? ContentHash.DocumentId(hash);
        started = clock?.Stop(IngestStage.Identify, started) ?? started;
        var segmentation = segmenter.Segment(text, identity);
        started = clock?.Stop(IngestStage.Segment, started) ?? started;
        var facts = extractor.Extract(new ExtractionContext(text, identity, segmentation, id));
        started = clock?.Stop(IngestStage.Extract, started) ?? started;
        var document = new ProcessedDocument(id, hash, path, text, identity, segmentation.Sections, segmentation.Questions, facts);
        if (analyzer is not null)
        {
            document = document with { Passages = AnalyzedPassages.Of(document, analyzer) };
            clock?.Stop(IngestStage.Analyse, started);
        }

        return Outcome<ProcessedDocument>.Ok(document);
    }
}
