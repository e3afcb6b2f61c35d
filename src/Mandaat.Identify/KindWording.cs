using System.Text.RegularExpressions;

namespace Mandaat.Identify;

/// <summary>The wordings by which a paper names its genre or states its purpose, read by <see cref="KindClassifier"/>.</summary>
internal static partial class KindClassifier
{
    [GeneratedRegex(@"\blijst\s+van\s+(?:feitelijke\s+)?vragen\s+en\s+antwoorden\b|\bverslag\s+(?:van\s+een\s+)?schriftelijk\s+overleg\b|^(?:antwoorden?\s+op|beantwoording\s+(?:van\s+)?(?:de\s+)?)(?:\w+\s+){0,2}vragen\b|^(?:feitelijke|schriftelijke)\s+vragen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionTitle();

    [GeneratedRegex(@"^\s*verslag\s+van\s+(?:een|het)\s+(?:commissiedebat|algemeen\s+overleg|notaoverleg|wetgevingsoverleg|mondeling\s+overleg|(?:\w+\s+)?debat)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"\bkennisgeving(?:sbrief)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KennisgevingTitle();

    [GeneratedRegex(@"^\s*artikel[\s-]*100[\s-]*(?:brief|bijdrage)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Artikel100Title();

    [GeneratedRegex(@"^\s*(?:\w+\s+){0,2}(?:eind|tussen|zelf)?evaluatie(?:verslag|rapport)?\b|^\s*(?:kamer)?brief\b[^;]{0,40}\b(?:met|over|inzake|bij)\s+(?:de|het)\s+[\w-]*evaluatie(?:verslag|rapport)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EvaluatieTitle();

    [GeneratedRegex(@"^\s*(?:[\w/]+\s+){0,2}(?:voortgangs(?:rapportage|brief|verslag)|stand\s+van\s+zaken)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgressTitle();

    [GeneratedRegex(@"\b(?:in\s+overeenstemming\s+met|overeenkomstig|conform|op\s+grond\s+van|ingevolge|gelet\s+op)\s+(?:artikel|art\.)\s*100(?:,?\s+(?:lid\s+1|eerste\s+lid),?)?\s+(?:van\s+de\s+)?(?:Grondwet|GW)\b|\b(?:met|in|via)\s+deze\s+artikel[\s-]*100[\s-]*brief\b|\b(?:gaat\s+u\s+hierbij\s+toe|treft\s+u\s+(?:hierbij\s+)?aan|bied(?:en)?\s+(?:wij|ik)\s+u\s+hierbij)\s+de\s+artikel[\s-]*100[\s-]*brief\b|\b(?:informeren|informeert|geïnformeerd)\b[^.]{0,80}\bover\s+het\s+besluit\s+(?:van\s+(?:het\s+kabinet|de\s+regering)\s+)?(?:(?:om|tot)\s+)?(?:een|de|het)\b[^.]{0,60}\b(?:bijdrage|deelname|inzet|uitzending)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Artikel100Purpose();

    [GeneratedRegex(@"\b(?:deze|als|bij\s+wijze\s+van)\s+kennisgeving(?:sbrief)?\b|\b(?:wordt|worden)\s+(?:momenteel\s+|thans\s+|nader\s+)?(?:onderzocht|verkend|bezien)\s+of\b|\bonderzoekt\s+(?:het\s+kabinet\s+|Nederland\s+)?(?:of|de\s+mogelijkheid|een\s+(?:mogelijke\s+)?(?:Nederlandse\s+)?(?:bijdrage|deelname))\b|\b(?:wenselijkheid|mogelijkhe(?:id|den))\b[^.]{0,120}\b(?:zal|zullen|wordt|worden|te)\s+(?:bezien|onderzoeken|onderzocht|verkennen|verkend)\b|\b(?:wenselijkheid|mogelijkhe(?:id|den))\b[^.]{0,120}\b(?:onderzoekt|onderzoeken|bezien|bezien\s+wij)\b|\bstel(?:len)?\s+(?:wij|ik)\s+u\s+(?:hierbij\s+)?in\s+kennis\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KennisgevingPurpose();

    [GeneratedRegex(@"\b(?:bied(?:t|en)?|stuur|sturen|zend(?:en)?|ontvangt\s+u|treft\s+u)\b[^.]{0,80}\b[\w-]*evaluatie(?:verslag|rapport)?\b|\bbijgaande?\s+(?:\w+\s+)?[\w-]*evaluatie(?:verslag|rapport)?\b|\b(?:beleids|kabinets)?reactie(?:\s+van\s+(?:het\s+kabinet|de\s+regering))?\s+op\s+(?:de|het)\s+(?:[\w-]+\s+){0,2}(?:[\w-]*evaluatie(?:verslag|rapport)?|post-?missie\s*beoordeling)\b|\binformeren?\s+(?:wij|ik)\s+u[^.]{0,60}\bover\s+de\s+(?:uitkomsten?\s+van\s+de\s+)?(?:eind|tussen)?evaluatie\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EvaluatiePurpose();

    [GeneratedRegex(@"\b(?:deze|de\s+(?:\w+\s+)?(?:halfjaarlijkse|jaarlijkse|periodieke))\s+voortgangs(?:rapportage|brief)\b|\b(?:bied(?:t|en)?|stuur|sturen|zend(?:en)?|ontvangt\s+u|treft\s+u)\b[^.]{0,80}\bvoortgangs(?:rapportage|brief|verslag)\b|\b(?:informeren|informeert|informeer|rapporteren|rapporteert|berichten)\s+(?:wij|ik|het\s+kabinet)?\s*(?:u\b)?(?:[^.]|\.(?!\s+\p{Lu})){0,250}?\bover\s+de\s+voortgang\s+van\b|\binform\w*\b[^.]{0,60}\bover\s+de\s+stand\s+van\s+zaken\b(?![^.]{0,80}\b(?:verzoek|onderzoek|besluitvorming)\b)[^.]{0,80}\b(?:operatie|missie|inzet|bijdrage|deelname|deelneming|uitzending|vredesmacht|troepenmacht)\b|\bstand[\s-]+van[\s-]+zaken[\s-]*brief\b|\bstand\s+van\s+zaken\s+(?:van|rond|met\s+betrekking\s+tot)\s+de\s+(?:\w+\s+){0,2}(?:inzet|bijdrage|deelname|missie)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgressPurpose();

    [GeneratedRegex(@"\bhebben\s+op\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+(?:een\s+)?(?:\w+\s+)?(?:overleg|commissiedebat|debat)\s+gevoerd\b|^Aan\s+de\s+orde\s+is\s+(?:het|de)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingHeld();

    [GeneratedRegex(@"\b(?:heeft|hebben)\s+(?:een\s+aantal|enkele|de\s+volgende)\s+(?:feitelijke\s+)?vragen\s+(?:en\s+opmerkingen\s+)?voorgelegd\b|\bbehoefte\s+(?:om|aan)\s+(?:een\s+aantal\s+)?vragen\s+(?:en\s+opmerkingen\s+)?voor\s+te\s+leggen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionsPut();

    // "De voorzitter:", "De heer Van Dijk (SP):", "Mevrouw Belhaj (D66):", "Minister Ollongren:" on a line of their own.
    [GeneratedRegex(@"^[ \t]*(?:De\s*voorzitter|(?:De\s*heer|Mevrouw)\s*[^\n:()]{2,50}\([^\n()]{1,30}\)|(?:Minister|Staatssecretaris)\s+[^\n:]{2,50})[ \t]*:[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerLine();

    // A site's composed title: "Dossier; Brief regering; Artikel 100 brief inzake …", "Brief regering : …", "Rapport – Evaluatie …".
    [GeneratedRegex(@"\s*;\s*|\s+[:|–-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleParts();

    // A speech in a debate: "Bijdrage debat over Tsjaad", "DEBAT KOSOVO", "Overleg over verlenging militaire uitzendingen".
    [GeneratedRegex(@"^\s*(?:(?:bijdrage|inbreng)\s+(?:(?!schriftelijk)\w+\s+){0,2})?(?:plenair\s+)?(?:debat|(?:algemeen\s+)?overleg)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DebateTitle();

    // The chair opens every item of the Handelingen so; copies that flatten two columns keep the words, not the line.
    [GeneratedRegex(@"\bAan\s+de\s+orde\s+is\s+(?:het|de)\s+(?:debat|behandeling|voortzetting)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DebateOpened();

    // A sentence that speaks of the letter itself.
    [GeneratedRegex(@"\b(?:hierbij|met\s+deze\s+brief|middels\s+deze\s+brief|in\s+deze\s+brief|deze\s+brief|wij\s+melden\s+u|melden\s+wij\s+u|informeren\s+wij\s+u|informeert\s+(?:de\s+regering|het\s+kabinet)\s+(?:de\s+Kamer|u))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfReference();

    // The artikel 100 formula about a letter still to come: "… waarover het parlement conform artikel 100 …".
    [GeneratedRegex(@"\b(?:waarover|waarna|zodra|indien|wanneer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LetterToCome();

    // A sentence that tells what parliament was told before: "Op 18 januari 2013 heeft de regering … de Kamer gemeld …".
    [GeneratedRegex(@"\b(?:heeft|hebben|werd|werden|bent|is|zijn)\b[^.]{0,80}\b(?:gemeld|geïnformeerd|aangekondigd|ingelicht|op\s+de\s+hoogte\s+gesteld|in\s+kennis\s+gesteld)\b|\b(?:informeerde|informeerden|meldde|meldden|kondigde|kondigden)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToldBefore();

    // Kamervragen: questions a named member put to a minister, answered by letter ("Antwoord op vragen van de leden
    // Sjoerdsma, Belhaj en Groothuizen …", "… de vragen van het lid Van Baalen …"). The record files the answer as a
    // letter, unlike a committee's list of questions and answers.
    [GeneratedRegex(@"\b[Vv]ragen\s+(?:gesteld\s+door\s+|van\s+)(?:het\s+lid|de\s+leden)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex MembersQuestions();
}
