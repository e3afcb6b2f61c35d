using Mandaat.Core;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Limits;
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
/// One document through every stage, top to bottom: read → normalise → identify → segment → extract, and
/// with an analyzer the search terms of its passages. Knows nothing of storage or of timing: the result is
/// what the store keeps, and <see cref="TimedBy"/> gives the same pipeline with each stage timed from outside.
/// Between the stages a document is held to its <see cref="DocumentLimits"/>: the text a reader made, the
/// paragraphs it was cut into and the facts found in it, so no file grows a stage without bound.
/// </summary>
public sealed class DocumentProcessor
{
    private readonly Func<byte[], string, Outcome<SourceText>> _read;
    private readonly Func<SourceText, NormalizedText> _normalize;
    private readonly Func<NormalizedText, DocumentIdentity> _identify;
    private readonly Func<NormalizedText, DocumentIdentity, Segmentation> _segment;
    private readonly Func<ExtractionContext, IReadOnlyList<Fact>> _extract;
    private readonly Func<ProcessedDocument, AnalyzedPassages>? _analyse;
    private readonly DocumentLimits _limits;

    public DocumentProcessor(
        Func<byte[], string, Outcome<SourceText>> read,
        ITextNormalizer normalizer,
        IDocumentIdentifier identifier,
        ISegmenter segmenter,
        FactExtractor extractor,
        ITextAnalyzer? analyzer = null,
        DocumentLimits? limits = null)
        : this(
            read,
            normalizer.Normalize,
            identifier.Identify,
            segmenter.Segment,
            extractor.Extract,
            analyzer is null ? null : document => AnalyzedPassages.Of(document, analyzer),
            limits ?? DocumentLimits.Default)
    {
    }

    private DocumentProcessor(
        Func<byte[], string, Outcome<SourceText>> read,
        Func<SourceText, NormalizedText> normalize,
        Func<NormalizedText, DocumentIdentity> identify,
        Func<NormalizedText, DocumentIdentity, Segmentation> segment,
        Func<ExtractionContext, IReadOnlyList<Fact>> extract,
        Func<ProcessedDocument, AnalyzedPassages>? analyse,
        DocumentLimits limits)
    {
        _read = read;
        _normalize = normalize;
        _identify = identify;
        _segment = segment;
        _extract = extract;
        _analyse = analyse;
        _limits = limits;
    }

    /// <summary>The same stages, each adding its time to <paramref name="clock"/>.</summary>
    public DocumentProcessor TimedBy(StageClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new(
            clock.Time(IngestStage.Read, _read),
            clock.Time(IngestStage.Normalize, _normalize),
            clock.Time(IngestStage.Identify, _identify),
            clock.Time(IngestStage.Segment, _segment),
            clock.Time(IngestStage.Extract, _extract),
            _analyse is null ? null : clock.Time(IngestStage.Analyse, _analyse),
            _limits);
    }

    public Outcome<ProcessedDocument> Process(byte[] content, string path) => Process(content, path, null);

    /// <summary>
    /// Processes a file whose identification an official source gives: <paramref name="official"/> turns the text's
    /// own identification into the one stored, before segmentation and extraction, so ids and citations follow it.
    /// </summary>
    public Outcome<ProcessedDocument> Process(byte[] content, string path, Func<DocumentIdentity, DocumentIdentity>? official)
    {
        var source = _read(content, path);
        if (!source.Succeeded)
        {
            return Outcome<ProcessedDocument>.Fail(source.Error!);
        }

        if (string.IsNullOrWhiteSpace(source.Value.Text))
        {
            return Outcome<ProcessedDocument>.Fail("the file holds no text");
        }

        if (source.Value.Text.Length > _limits.MaxTextCharacters)
        {
            return Outcome<ProcessedDocument>.Fail(DocumentLimits.Refusal(
                $"its text of {source.Value.Text.Length} characters is longer than {_limits.MaxTextCharacters}", DocumentLimits.TextCharactersSetting, _limits.MaxTextCharacters));
        }

        if (WordCount.Of(source.Value.Text) is var words && words > _limits.MaxWords)
        {
            return Outcome<ProcessedDocument>.Fail(DocumentLimits.Refusal(
                $"its {words} words are more than {_limits.MaxWords}", DocumentLimits.WordsSetting, _limits.MaxWords));
        }

        if (ProseCheck.Problem(source.Value.Text) is { } problem)
        {
            return Outcome<ProcessedDocument>.Fail($"not a document: {problem}");
        }

        var hash = ContentHash.Of(content);
        // A stray control character (a terminal escape) is blanked, not removed: every offset into the source still holds.
        var text = _normalize(source.Value with { Text = ControlCharacters.Replace(source.Value.Text) });
        if (text.Paragraphs.Count > _limits.MaxParagraphs)
        {
            return Outcome<ProcessedDocument>.Fail(DocumentLimits.Refusal(
                $"its {text.Paragraphs.Count} paragraphs are more than {_limits.MaxParagraphs}", DocumentLimits.ParagraphsSetting, _limits.MaxParagraphs));
        }

        var identity = official is null ? _identify(text) : official(_identify(text));
        var id = identity.KamerstukId ?? ContentHash.DocumentId(hash);
        var segmentation = _segment(text, identity);
        var facts = _extract(new ExtractionContext(text, identity, segmentation, id));
        if (facts.Count > _limits.MaxFacts)
        {
            return Outcome<ProcessedDocument>.Fail(DocumentLimits.Refusal(
                $"its {facts.Count} facts are more than {_limits.MaxFacts}", DocumentLimits.FactsSetting, _limits.MaxFacts));
        }

        var document = new ProcessedDocument(id, hash, path, text, identity, segmentation.Sections, segmentation.Questions, facts);
        return Outcome<ProcessedDocument>.Ok(_analyse is null ? document : document with { Passages = _analyse(document) });
    }
}
