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
            var value = sentence.Slice(text.Text);
            if (SentenceFacts.IsQuestion(text, sentence) || !(Deployment().IsMatch(value) || SelfDefence().IsMatch(value)))
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

    // A legal ground is a ground for a deployment: a resolution or invitation about something else is not one.
    [GeneratedRegex(
        @"\b(?:inzet|militair\w*|missie\w*|opere\w*|troepen|stationering|bijdrage|optreden|coalitie|aanwezig|operatie\w*|mandaat\s+van|uitzending|F-16\w*|luchtaanvallen)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deployment();

    // Self-defence is by itself a ground for the use of force.
    [GeneratedRegex(@"\b(?:zelfverdediging|artikel\s+51)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfDefence();
}
