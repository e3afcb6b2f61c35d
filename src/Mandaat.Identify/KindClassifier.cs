using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// Decides the kind of FORMAT.md from what the paper says about itself, in this order:
/// <list type="number">
/// <item>its title or "Betreft" line names the genre ("Lijst van vragen en antwoorden", "Verslag van
/// een schriftelijk overleg", "Voortgangsrapportage …", "Kennisgevingsbrief …", "Eindevaluatie …");</item>
/// <item>it has the shape of numbered questions with answers;</item>
/// <item>its opening paragraphs state the purpose: "in overeenstemming met artikel 100 van de
/// Grondwet", "… wordt onderzocht of …", "… bieden wij u de evaluatie …", "… over de voortgang van …";</item>
/// <item>otherwise it is a <c>brief</c>.</item>
/// </list>
/// Only the title, subject and opening count: every kind of paper mentions artikel 100-brieven,
/// evaluations and progress reports somewhere in its body.
/// </summary>
internal static partial class KindClassifier
{
    /// <summary>How far into the text a short title-like paragraph is looked for.</summary>
    private const int TitleParagraphs = 8;

    /// <summary>A paragraph longer than this is prose, not a title.</summary>
    private const int TitleLength = 200;

    /// <summary>Proceedings name a speaker before each turn; two turns are already a debate.</summary>
    private const int SpeakersOfADebate = 2;

    public static KindDecision Classify(NormalizedText text, string? title, (string Subject, TextSpan Span)? subject)
    {
        if (title is not null && Genre(title) is { } fromTitle)
        {
            return new KindDecision(fromTitle, FindInText(text, title));
        }

        if (subject is { } s && Genre(s.Subject) is { } fromSubject)
        {
            return new KindDecision(fromSubject, s.Span);
        }

        foreach (var paragraph in text.Paragraphs.Take(TitleParagraphs))
        {
            if (paragraph.Length <= TitleLength && QuestionTitle().IsMatch(paragraph.Slice(text.Text)))
            {
                return new KindDecision(DocumentKind.VragenEnAntwoorden, paragraph);
            }

            if (paragraph.Length <= TitleLength && ReportTitle().IsMatch(paragraph.Slice(text.Text)))
            {
                return new KindDecision(DocumentKind.Verslag, paragraph);
            }
        }

        if (FromReportOpening(text) is { } report)
        {
            return report;
        }

        if (SpeakerLine().Matches(text.Source.Text).Take(SpeakersOfADebate).Count() == SpeakersOfADebate)
        {
            return new KindDecision(DocumentKind.Verslag, text.Paragraphs.Count > 0 ? text.Paragraphs[0] : null);
        }

        if (QuestionListShape.Matches(text.Source.Text))
        {
            return new KindDecision(DocumentKind.VragenEnAntwoorden, FirstQuestion(text));
        }

        return FromOpening(text);
    }

    /// <summary>The kind a title or subject names, or null when it names none.</summary>
    private static DocumentKind? Genre(string heading) =>
        QuestionTitle().IsMatch(heading) ? DocumentKind.VragenEnAntwoorden
        : ReportTitle().IsMatch(heading) ? DocumentKind.Verslag
        : KennisgevingTitle().IsMatch(heading) ? DocumentKind.Kennisgeving
        : Artikel100Title().IsMatch(heading) ? DocumentKind.Artikel100
        : EvaluatieTitle().IsMatch(heading) ? DocumentKind.Evaluatie
        : ProgressTitle().IsMatch(heading) ? DocumentKind.Voortgangsrapportage
        : null;

    /// <summary>
    /// A committee's report or question list says what it is in its first sentence, when a copy lost its title:
    /// "De vaste commissie … hebben op 9 februari 2010 overleg gevoerd met …", "… heeft een aantal vragen
    /// voorgelegd aan …"; proceedings open with "Aan de orde is het debat over …".
    /// </summary>
    private static KindDecision? FromReportOpening(NormalizedText text)
    {
        foreach (var paragraph in OpeningParagraphs.Find(text).Take(1))
        {
            var body = paragraph.Slice(text.Text);
            if (QuestionsPut().IsMatch(body))
            {
                return new KindDecision(DocumentKind.VragenEnAntwoorden, paragraph);
            }

            if (MeetingHeld().IsMatch(body))
            {
                return new KindDecision(DocumentKind.Verslag, paragraph);
            }
        }

        return null;
    }

    private static KindDecision FromOpening(NormalizedText text)
    {
        // The purposes are tried in this order over all opening paragraphs: a letter that decides on a
        // deployment under artikel 100 may also report progress, but is an artikel 100-brief.
        (Regex Rule, DocumentKind Kind)[] purposes =
        [
            (Artikel100Purpose(), DocumentKind.Artikel100),
            (KennisgevingPurpose(), DocumentKind.Kennisgeving),
            (EvaluatiePurpose(), DocumentKind.Evaluatie),
            (ProgressPurpose(), DocumentKind.Voortgangsrapportage),
        ];
        var opening = OpeningParagraphs.Find(text);
        foreach (var (rule, kind) in purposes)
        {
            foreach (var paragraph in opening)
            {
                var match = rule.Match(paragraph.Slice(text.Text));
                if (match.Success)
                {
                    return new KindDecision(kind, Sentences.Around(text.Text, paragraph, new TextSpan(paragraph.Start + match.Index, 0)));
                }
            }
        }

        return new KindDecision(
            DocumentKind.Brief,
            opening.Count > 0 ? Sentences.Around(text.Text, opening[0], new TextSpan(opening[0].Start, 0)) : null);
    }

    private static TextSpan? FirstQuestion(NormalizedText text) =>
        text.Paragraphs.Where(p => p.Slice(text.Text).Contains('?', StringComparison.Ordinal)).Select(p => (TextSpan?)p).FirstOrDefault();

    private static TextSpan? FindInText(NormalizedText text, string title)
    {
        var index = text.Text.IndexOf(title, StringComparison.Ordinal);
        return index < 0 ? null : new TextSpan(index, title.Length);
    }

    [GeneratedRegex(@"\blijst\s+van\s+(?:feitelijke\s+)?vragen\s+en\s+antwoorden\b|\bverslag\s+(?:van\s+een\s+)?schriftelijk\s+overleg\b|^(?:antwoorden?\s+op|beantwoording\s+(?:van\s+)?(?:de\s+)?)(?:\w+\s+){0,2}vragen\b|^(?:feitelijke|schriftelijke)\s+vragen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionTitle();

    [GeneratedRegex(@"^\s*verslag\s+van\s+(?:een|het)\s+(?:commissiedebat|algemeen\s+overleg|notaoverleg|wetgevingsoverleg|mondeling\s+overleg|(?:\w+\s+)?debat)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"\bkennisgeving(?:sbrief)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KennisgevingTitle();

    [GeneratedRegex(@"^\s*artikel[\s-]*100[\s-]*brief\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Artikel100Title();

    [GeneratedRegex(@"^\s*(?:\w+\s+){0,2}(?:eind|tussen|zelf)?evaluatie\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EvaluatieTitle();

    [GeneratedRegex(@"^\s*(?:\w+\s+){0,2}voortgangs(?:rapportage|brief|verslag)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgressTitle();

    [GeneratedRegex(@"\b(?:in\s+overeenstemming\s+met|overeenkomstig|conform|op\s+grond\s+van|ingevolge|gelet\s+op)\s+(?:artikel|art\.)\s*100(?:,?\s+(?:lid\s+1|eerste\s+lid),?)?\s+(?:van\s+de\s+)?(?:Grondwet|GW)\b|\b(?:met|in|via)\s+deze\s+artikel[\s-]*100[\s-]*brief\b|\b(?:gaat\s+u\s+hierbij\s+toe|treft\s+u\s+(?:hierbij\s+)?aan|bied(?:en)?\s+(?:wij|ik)\s+u\s+hierbij)\s+de\s+artikel[\s-]*100[\s-]*brief\b|\b(?:informeren|informeert|geïnformeerd)\b[^.]{0,80}\bover\s+het\s+besluit\s+(?:van\s+(?:het\s+kabinet|de\s+regering)\s+)?(?:om|tot)\s+(?:een|de|het)\b[^.]{0,60}\b(?:bijdrage|deelname|inzet|uitzending)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Artikel100Purpose();

    [GeneratedRegex(@"\b(?:deze|als|bij\s+wijze\s+van)\s+kennisgeving(?:sbrief)?\b|\b(?:wordt|worden)\s+(?:momenteel\s+|thans\s+|nader\s+)?(?:onderzocht|verkend|bezien)\s+of\b|\bonderzoekt\s+(?:het\s+kabinet\s+|Nederland\s+)?(?:of|de\s+mogelijkheid|een\s+(?:mogelijke\s+)?(?:Nederlandse\s+)?(?:bijdrage|deelname))\b|\b(?:wenselijkheid|mogelijkhe(?:id|den))\b[^.]{0,120}\b(?:zal|zullen|wordt|worden|te)\s+(?:bezien|onderzoeken|onderzocht|verkennen|verkend)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KennisgevingPurpose();

    [GeneratedRegex(@"\b(?:bied(?:t|en)?|stuur|sturen|zend(?:en)?|ontvangt\s+u|treft\s+u)\b[^.]{0,80}\b(?:eind|tussen)?evaluatie\b|\binformeren?\s+(?:wij|ik)\s+u[^.]{0,60}\bover\s+de\s+(?:uitkomsten?\s+van\s+de\s+)?(?:eind|tussen)?evaluatie\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EvaluatiePurpose();

    [GeneratedRegex(@"\b(?:deze|de\s+(?:\w+\s+)?(?:halfjaarlijkse|jaarlijkse|periodieke))\s+voortgangs(?:rapportage|brief)\b|\b(?:bied(?:t|en)?|stuur|sturen|zend(?:en)?|ontvangt\s+u|treft\s+u)\b[^.]{0,80}\bvoortgangs(?:rapportage|brief|verslag)\b|\b(?:informeren|informeert|informeer|rapporteren|rapporteert|berichten)\s+(?:wij|ik|het\s+kabinet)?\s*(?:u\b)?(?:[^.]|\.(?!\s+\p{Lu})){0,250}?\bover\s+de\s+voortgang\s+van\b|\bstand\s+van\s+zaken\s+(?:van|rond|met\s+betrekking\s+tot)\s+de\s+(?:\w+\s+){0,2}(?:inzet|bijdrage|deelname|missie)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgressPurpose();

    [GeneratedRegex(@"\bhebben\s+op\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+(?:een\s+)?(?:\w+\s+)?(?:overleg|commissiedebat|debat)\s+gevoerd\b|^Aan\s+de\s+orde\s+is\s+(?:het|de)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingHeld();

    [GeneratedRegex(@"\b(?:heeft|hebben)\s+(?:een\s+aantal|enkele|de\s+volgende)\s+(?:feitelijke\s+)?vragen\s+(?:en\s+opmerkingen\s+)?voorgelegd\b|\bbehoefte\s+(?:om|aan)\s+(?:een\s+aantal\s+)?vragen\s+(?:en\s+opmerkingen\s+)?voor\s+te\s+leggen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionsPut();

    // "De voorzitter:", "De heer Van Dijk (SP):", "Mevrouw Belhaj (D66):", "Minister Ollongren:" on a line of their own.
    [GeneratedRegex(@"^[ \t]*(?:De\s+voorzitter|(?:De\s+heer|Mevrouw)\s+[^\n:()]{2,50}\([^\n()]{1,30}\)|(?:Minister|Staatssecretaris)\s+[^\n:]{2,50})[ \t]*:[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerLine();
}
