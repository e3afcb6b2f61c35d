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
            if (SentenceFacts.IsQuestion(text, sentence) || !(Deployment().IsMatch(value) || SelfDefence().IsMatch(value))
                || AnnouncesTopics().IsMatch(value) || !Trigger().Matches(value).Any(m => m.Value.Any(char.IsLower)))
            {
                // A sentence that announces what a letter will discuss names "de rechtsbasis" without stating
                // one, and a heading in capitals ("RECHTSGRONDSLAG EN MANDAAT") is no statement.
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
        @"mandaat\s+van\s+(?:\S+\s+){1,4}wordt\s+gevormd\s+door|" +
        // Resolutions as the genre prints them: "VNVR-resolutie 1551", "VN-resolutie 2100", "resoluties 1970 en 1973".
        @"(?:VNVR|VN|VR)[\s-]*resoluties?|resoluties?\s+\d{3,4}|" +
        // A request by a host nation or organisation: "op verzoek van de Afghaanse autoriteiten", "naar aanleiding
        // van een verzoek van de VN", "het verzoek van de Turkse regering", "formeel verzocht".
        @"(?:op|naar\s+aanleiding\s+van\s+(?:een|het)|positief\s+te\s+reageren\s+op\s+(?:dit|het|een)(?:\s+\w+)?)\s+verzoek\b|" +
        @"verzoek\s+van\s+(?:de|het|een)\s+(?:\S+\s+){0,3}?(?:regering|autoriteiten|Secretaris-Generaal|VN|Verenigde\s+Naties|NAVO|EU|president)\b|formeel\s+verzocht|" +
        // Treaty grounds: "hoofdstuk VII van het VN-Handvest", "artikel 42.7 VEU" and the EU's mutual assistance clause.
        @"hoofdstuk\s+VII|VN-Handvest|Handvest\s+van\s+de\s+Verenigde\s+Naties|artikel\s+42(?:\.|\s+lid\s+)7|bijstandsclausule|artikel\s+5\s+van\s+het\s+(?:NAVO-)?verdrag|" +
        @"VN[\s-]gemandateerde|onder\s+auspici[eë]n\s+van\s+de\s+Verenigde\s+Naties)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trigger();

    // A legal ground is a ground for a deployment: a resolution or invitation about something else is not one.
    [GeneratedRegex(
        @"\b(?:inzet|militair\w*|missie\w*|opere\w*|troepen|stationering|bijdrage|optreden|coalitie|aanwezig|operatie\w*|mandaat\s+van|uitzending|F-16\w*|luchtaanvallen|eenheden|ontplooi\w*|bijstand|ondersteuning|steun|Patriot\w*|\w*missie|strijd)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deployment();

    // Self-defence is by itself a ground for the use of force.
    [GeneratedRegex(@"\b(?:zelfverdediging|artikel\s+51)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfDefence();

    [GeneratedRegex(@"\b(?:wordt|worden)\s+(?:tevens\s+|ook\s+|verder\s+|achtereenvolgens\s+)?ingegaan\s+op\b|\bkomen\s+(?:\w+\s+){0,3}aan\s+(?:bod|de\s+orde)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncesTopics();
}
