using Mandaat.Core.Facts;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Structure;

/// <summary>One <c>qa</c> fact per numbered question, with the questions its answer points to.</summary>
public sealed class QaFactExtractor : IFactExtractor
{
    private const int QuoteLength = 160;

    public IEnumerable<Fact> Extract(ExtractionContext context) =>
        context.Segmentation.Questions.Select(q =>
        {
            var quote = Whitespace.Collapse(q.Question);
            return (Fact)new QaFact(q.Number, q.RefersTo)
            {
                Quote = quote.Length <= QuoteLength ? quote : quote[..QuoteLength],
                Citation = CitationBuilder.Cite(context, q.QuestionSpan),
            };
        });
}
