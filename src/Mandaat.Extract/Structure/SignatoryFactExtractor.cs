using Mandaat.Core.Facts;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Structure;

/// <summary>One <c>signatory</c> fact per person who signed, cited at the signature.</summary>
public sealed class SignatoryFactExtractor : IFactExtractor
{
    public IEnumerable<Fact> Extract(ExtractionContext context) =>
        context.Identity.Signatories.Select(s => (Fact)new SignatoryFact(s.Name, s.Office)
        {
            Quote = CitationBuilder.Quote(context.Text.Text, s.Span),
            Citation = CitationBuilder.Cite(context, s.Span),
        });
}
