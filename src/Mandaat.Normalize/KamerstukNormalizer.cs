using Mandaat.Core.Text;
using Mandaat.Normalize.Artefacts;
using Mandaat.Normalize.Hyphenation;
using Mandaat.Normalize.Layout;
using Mandaat.Normalize.Lines;
using Mandaat.Normalize.Output;

namespace Mandaat.Normalize;

/// <summary>
/// Normalises text extracted from Kamerstukken and ministry letters: removes page footers, page
/// numbers and running letterheads, joins line-break hyphenation, and reflows lines into paragraphs,
/// keeping a map from every normalised offset back to the source. Stateless; one pass per stage.
/// </summary>
public sealed class KamerstukNormalizer : ITextNormalizer
{
    public NormalizedText Normalize(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = LineSplitter.Split(source.Text);
        var pageTurns = PageTurns.Find(lines, source);
        var artefact = ArtefactDetector.Find(lines, pageTurns);
        var (kept, gaps) = ParagraphGrouper.KeptLines(lines, artefact, pageTurns);
        var profile = LayoutProfile.Measure(lines, artefact, gaps);
        var paragraphs = ParagraphGrouper.Group(kept, gaps, profile);
        var vocabulary = DocumentVocabulary.Build(kept);
        return ParagraphWriter.Write(source, paragraphs, vocabulary);
    }
}
