using Mandaat.Core.Facts;
using Mandaat.Core.Text;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Structure;

/// <summary>States the identification as the one <c>document</c> fact, cited where the evidence is printed.</summary>
public sealed class DocumentFactExtractor : IFactExtractor
{
    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var identity = context.Identity;
        var span = identity.Evidence ?? new TextSpan(0, 0);
        var quote = span.End <= context.Text.Text.Length ? CitationBuilder.Quote(context.Text.Text, span) : string.Empty;
        yield return new DocumentFact(identity.Kind, identity.Dossier, identity.Number, identity.Date, identity.Session, identity.Subject)
        {
            Dossiers = identity.Dossiers.Count > 1 ? identity.Dossiers : null,
            Quote = quote,
            Citation = CitationBuilder.Cite(context, span),
        };
    }
}
