using Mandaat.Core.Facts;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Structure;

/// <summary>One <c>section</c> fact for every heading the segmenter mapped to a Toetsingskader aspect.</summary>
public sealed class SectionFactExtractor : IFactExtractor
{
    public IEnumerable<Fact> Extract(ExtractionContext context) =>
        context.Segmentation.Sections
            .Where(s => s.Aspect is not null)
            .Select(s => (Fact)new SectionFact(s.Aspect!, s.Heading)
            {
                Quote = CitationBuilder.Quote(context.Text.Text, s.HeadingSpan),
                Citation = CitationBuilder.Cite(context, s.HeadingSpan),
            });
}
