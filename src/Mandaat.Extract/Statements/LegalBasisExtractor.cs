using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Statements;

/// <summary>
/// Statements of the legal ground of a deployment: a host-nation request or invitation, self-defence
/// under article 51 of the UN Charter, a UN or NATO request or resolution, a named legal basis.
/// </summary>
public sealed partial class LegalBasisExtractor : IFactExtractor
{
    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var text = context.Text;
        foreach (var sentence in SentenceFacts.SentencesMatching(text, Trigger()))
        {
            if (SentenceFacts.IsQuestion(text, sentence))
            {
                continue;
            }

            yield return new LegalBasisFact
            {
                Quote = CitationBuilder.Quote(text.Text, sentence),
                Citation = CitationBuilder.Cite(context, sentence),
            };
        }
    }

    [GeneratedRegex(
        @"\b(?:rechtsgrond(?:slag)?|rechtsbas(?:is|es)|volkenrechtelijk(?:e)?\s+(?:mandaat|grondslag|basis)|" +
        @"op\s+uitnodiging\s+van|artikel\s+51|recht\s+op\s+(?:\w+\s+)?zelfverdediging|" +
        @"verzoek\s+(?:\w+\s+){0,6}?(?:om|tot)\s+\(?(?:militaire\)?\s+)?steun|" +
        @"(?:VN-?\s*)?Veiligheidsraad(?:resolutie|s?\s*-?resolutie)|resolutie\s+\d{3,4}|" +
        @"mandaat\s+van\s+(?:\S+\s+){1,4}wordt\s+gevormd\s+door)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trigger();
}
