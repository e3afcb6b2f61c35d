using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Segment.Aspects;
using Mandaat.Segment.Headings;
using Mandaat.Segment.Questions;

namespace Mandaat.Segment;

/// <summary>
/// Segments normalised text: headings into a section tree with their Toetsingskader aspect (and, after
/// the tree, the aspects named by table rows of a contents table), and numbered questions with their answers. Stateless; works from the paragraphs the normaliser made.
/// </summary>
public sealed class HeadingSegmenter : ISegmenter
{
    private readonly AspectCatalog _catalog;

    public HeadingSegmenter()
        : this(AspectCatalog.Default)
    {
    }

    public HeadingSegmenter(AspectCatalog catalog) => _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    public Segmentation Segment(NormalizedText text, DocumentIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = text.Paragraphs.Select(span => new Paragraph(span.Slice(text.Text), span)).ToList();
        var questions = QuestionAssembler.Assemble(text.Text, QuestionListParser.Parse(paragraphs));
        var headings = HeadingFinder.Find(paragraphs.Select(p => p.Text).ToList());
        var sections = SectionTreeBuilder.Build(text, headings, _catalog);
        sections.AddRange(TableRowHeadings.Find(text, _catalog, sections.Count));
        return new Segmentation(sections, questions);
    }
}
