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
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in SentenceFacts.SentencesMatching(text, Trigger()))
        {
            var value = sentence.Slice(text.Text);
            var triggers = Trigger().Matches(value).Select(m => m.Value).ToList();
            if (SentenceFacts.IsQuestion(text, sentence) || !NamesAGround(value) || AnnouncesTopics().IsMatch(value) || InformationDuty().IsMatch(value)
                || !triggers.Any(t => t.Any(char.IsLower)) || IsMereRequest(value, triggers) || Repeats(value, triggers, cited))
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

    // Self-defence, a treaty's assistance or consultation clause and the Security Council's consent are grounds by
    // themselves; a resolution adopted, as such, is the mandate.
    private static bool NamesAGround(string sentence) =>
        Deployment().IsMatch(sentence) || SelfDefence().IsMatch(sentence) || AssistanceClause().IsMatch(sentence) || AdoptedResolution().IsMatch(sentence);

    // A request is a ground when a state or organisation asks for a deployment, not when a commander asks a unit
    // to move or when the request is only that allies talk ("Op verzoek van Turkije heeft de NAVO … gesproken").
    private static bool IsMereRequest(string sentence, List<string> triggers) =>
        triggers.All(t => t.Contains("verzoek", StringComparison.OrdinalIgnoreCase))
        && (Commander().IsMatch(sentence) || (Consultation().IsMatch(sentence) && !RequestFor().IsMatch(sentence)));

    // A sentence whose only ground is a resolution the letter has already cited restates it ("Daarmee is er nu één
    // operatie ter uitvoering van resolutie 1973"); the first statement is the one a reader checks.
    private static bool Repeats(string sentence, List<string> triggers, HashSet<string> cited)
    {
        var numbers = ResolutionNumber().Matches(sentence).Select(m => m.Groups["number"].Value).ToList();
        var onlyResolutions = numbers.Count > 0 && triggers.All(t => Resolution().IsMatch(t));
        var repeats = onlyResolutions && numbers.All(cited.Contains);
        cited.UnionWith(numbers);
        return repeats;
    }

    [GeneratedRegex(
        @"\b(?:rechtsgrond(?:slag)?|rechtsbas(?:is|es)|volkenrechtelijk(?:e)?\s+(?:mandaat|grondslag|basis)|" +
        @"op\s+uitnodiging\s+van|artikel\s+51|recht\s+op\s+(?:\w+\s+)?zelfverdediging|" +
        @"verzoek\s+(?:\w+\s+){0,6}?(?:om|tot)\s+\(?(?:militaire\)?\s+)?(?:steun|bijstand|ondersteuning|assistentie)|" +
        @"(?:VN-?\s*)?Veiligheidsraad(?:resolutie|s?\s*-?resolutie)|resolutie\s+\d{3,4}|resolutie\s+van\s+de\s+(?:VN[\s-]*)?Veiligheidsraad|" +
        @"mandaat\s+van\s+(?:\S+\s+){1,4}wordt\s+gevormd\s+door|" +
        // Resolutions as the genre prints them: "VNVR-resolutie 1551", "VN-resolutie 2100", "resoluties 1970 en 1973".
        @"(?:VNVR|VN|VR)[\s-]*resoluties?|resoluties?\s+\d{3,4}|" +
        // A request by a host nation or organisation: "op verzoek van de Afghaanse autoriteiten", "naar aanleiding
        // van een verzoek van de VN", "het verzoek van de Turkse regering", "formeel verzocht".
        @"(?:op|naar\s+aanleiding\s+van\s+(?:een|het)|positief\s+te\s+reageren\s+op\s+(?:dit|het|een)(?:\s+\w+)?)\s+verzoek\b|" +
        @"verzoek\s+van\s+(?:de|het|een)\s+(?:\S+\s+){0,3}?(?:regering|autoriteiten|Secretaris-Generaal|VN|Verenigde\s+Naties|NAVO|EU|president)\b|formeel\s+verzocht|" +
        // Treaty grounds: "hoofdstuk VII van het VN-Handvest", "artikel 42.7 VEU" and the EU's mutual assistance clause.
        @"hoofdstuk\s+VII|VN-Handvest|Handvest\s+van\s+de\s+Verenigde\s+Naties|artikel\s+42(?:\.|\s+lid\s+)7|bijstandsclausule|artikel\s+[45]\s+van\s+het\s+(?:NAVO-?verdrag|Verdrag\s+van\s+Washington|Noord-Atlantisch\s+Verdrag)|" +
        @"VN[\s-]gemandateerde|onder\s+auspici[eë]n\s+van\s+de\s+Verenigde\s+Naties|" +
        // A bilateral or treaty ground: "Op grond van een bilaterale overeenkomst met Tsjaad".
        @"op\s+grond\s+van\s+(?:een|het|de)\s+(?:\w+\s+){0,2}?(?:overeenkomst|verdrag|akkoord))",
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

    // Announcing what follows ("wordt ingegaan op", "zullen wij ingaan op"), offering a paper on the topic, an
    // agenda item ("Aan de orde is het debat over …") or a list of questions about a letter states no ground.
    [GeneratedRegex(
        @"\b(?:wordt|worden)\s+(?:tevens\s+|ook\s+|verder\s+|achtereenvolgens\s+)?ingegaan\s+op\b|\bkomen\s+(?:\w+\s+){0,3}aan\s+(?:bod|de\s+orde)\b|" +
        @"\b(?:zullen|zal|wil|willen|gaan)\s+(?:\w+\s+){0,3}?(?:ingaan|in)\s+op\b|\bbied(?:t|en)\s+(?:wij|ik)\s+(?:u|uw\s+Kamers?)\b|" +
        @"^\s*Aan\s+de\s+orde\s+is\b|\bvragen\s+voorgelegd\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncesTopics();

    [GeneratedRegex(
        @"\b(?:artikel\s+42(?:\.|\s+lid\s+)7|bijstandsclausule|artikel\s+[45]\s+van\s+het\s+(?:NAVO-?verdrag|Verdrag\s+van\s+Washington|Noord-Atlantisch\s+Verdrag)|" +
        @"(?:met\s+(?:de\s+)?instemming\s+van|gemandateerd\s+door)\s+de\s+(?:VN[\s-]*)?Veiligheidsraad)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssistanceClause();

    // The constitution's duty to inform parliament ("Artikel 100 van de Grondwet verplicht de regering …") is no ground of a deployment.
    // Nor is the thematic agenda a resolution sets ("In lijn met resolutie … over vrouwen, vrede en veiligheid heeft de missie aandacht voor gender").
    [GeneratedRegex(@"\bartikel\s+100\b[^.]{0,40}?\bverplicht|\bgender\w*|\bvrouwen,?\s+vrede\s+en\s+veiligheid\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InformationDuty();

    [GeneratedRegex(@"\b(?:aanvaarding|aanname|aangenomen|unaniem\w*)\b[^.]{0,60}?resolutie\s+\d{3,4}|resolutie\s+\d{3,4}[^.]{0,60}?\b(?:aangenomen|aanvaard)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdoptedResolution();

    [GeneratedRegex(@"\bverzoek\s+van\s+(?:de|het|een)\s+(?:\w+\s+){0,2}?\w*(?:commandant|bevelhebber|commander)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Commander();

    [GeneratedRegex(@"\b(?:gesproken|besproken|overlegd|vergaderd|geconsulteerd|consultaties)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Consultation();

    [GeneratedRegex(@"\bverzoek\s+(?:\w+\s+){0,6}?om\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestFor();

    [GeneratedRegex(@"resoluties?\s+(?<number>\d{3,4})|\b(?<number>\d{3,4})\s+van\s+de\s+(?:VN[\s-]*)?Veiligheidsraad", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResolutionNumber();

    [GeneratedRegex(@"resoluti", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Resolution();
}
