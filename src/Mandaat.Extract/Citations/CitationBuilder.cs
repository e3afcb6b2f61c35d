using Mandaat.Core.Facts;
using Mandaat.Core.Text;

namespace Mandaat.Extract.Citations;

/// <summary>Builds the citation and quote of a fact from its span, so every extractor cites the same way.</summary>
public static class CitationBuilder
{
    public static Citation Cite(ExtractionContext context, TextSpan span)
    {
        var section = context.Segmentation.SectionAt(span.Start);
        return new Citation(
            context.DocumentId,
            section?.Index,
            section?.Heading,
            context.Text.ParagraphAt(span.Start),
            span.Start,
            span.End,
            context.Text.PageAt(span.Start));
    }

    /// <summary>The text of a span with whitespace collapsed, as FORMAT.md quotes are.</summary>
    public static string Quote(string text, TextSpan span) => Whitespace.Collapse(span.Slice(text));
}
