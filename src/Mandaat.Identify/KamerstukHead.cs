using System.Text.RegularExpressions;

namespace Mandaat.Identify;

/// <summary>
/// The head a Kamerstuk prints above its text, in every form a reader meets it:
/// <code>
/// Tweede Kamer der Staten-Generaal          (the printed first page; the official site and most copies
/// Vergaderjaar 2024–2025                     leave these two lines out)
/// 27 925 Bestrijding internationaal terrorisme
/// 29 521 Nederlandse deelname aan vredesmissies   (a paper may print several dossiers)
/// Nr. 999 BRIEF VAN DE MINISTERS VAN …       (or "nr. 124" on its own line with the title below it,
///                                             or an Eerste Kamer letter: "X BRIEF VAN …")
/// </code>
/// The dossier may print its title on the next line ("27 925" / "Bestrijding internationaal terrorisme")
/// and its suffix alone below it ("35 300" / "X"). A head is a dossier line followed, within a few lines,
/// by a number line; a dossier cited in a sentence has no number line of its own under it, so the body's
/// citations are never read as the paper's identity. Only the first lines of the text are searched.
/// </summary>
internal static partial class KamerstukHead
{
    /// <summary>How many lines from the start the head may stand at: site chrome and metadata come first.</summary>
    private const int HeadLines = 80;

    /// <summary>How many non-empty lines may stand between a dossier line and the number line: titles wrap.</summary>
    private const int DossierToNumber = 6;

    /// <summary>How many non-empty lines above the dossier the chamber and vergaderjaar lines may stand.</summary>
    private const int ChamberAbove = 4;

    public static (PrintedNumber? Printed, string? Title, IReadOnlyList<string> Dossiers) Read(string source)
    {
        // A page laid out as a table gives its cells as "a | b"; the head reads the same without the bars.
        var lines = source.Split('\n', HeadLines + 1).Take(HeadLines)
            .Select(l => l.Replace(" | ", " ", StringComparison.Ordinal).Trim().TrimEnd('|').Trim())
            .ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            if (DossierLine().Match(lines[i]) is { Success: true } && ReadFrom(lines, i) is { } head)
            {
                return head;
            }
        }

        return (null, null, []);
    }

    private static (PrintedNumber, string?, IReadOnlyList<string>)? ReadFrom(string[] lines, int first)
    {
        var dossiers = new List<string>();
        string? number = null;
        var title = new List<string>();
        var seen = 0;
        var i = first;
        for (; i < lines.Length && seen <= DossierToNumber; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            seen++;
            if (DossierLine().Match(line) is { Success: true } dossier)
            {
                var printed = dossier.Groups["dossier"].Value;
                // "35 300" with its suffix alone on the next line: "X".
                if (!dossier.Groups["title"].Success && NextText(lines, i) is { } next && SuffixAlone().IsMatch(lines[next])
                    && !DossierText.Normalize(printed).Contains('-', StringComparison.Ordinal))
                {
                    printed += " " + lines[next];
                    i = next;
                }

                dossiers.Add(DossierText.Normalize(printed));
                seen = 0;
                continue;
            }

            if (NumberLine().Match(line) is { Success: true } numbered)
            {
                number = numbered.Groups["number"].Value;
                AddTitle(title, numbered.Groups["title"].Value);
                break;
            }

            if (LetterLine().Match(line) is { Success: true } lettered && !HasNumberLineAhead(lines, i))
            {
                number = lettered.Groups["number"].Value;
                AddTitle(title, lettered.Groups["title"].Value);
                break;
            }
        }

        if (number is null || dossiers.Count == 0)
        {
            return null;
        }

        // The title is in capitals and may wrap; the first ordinary line ends it.
        for (i++; i < lines.Length && (title.Count == 0 || lines[i].Length > 0); i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            if (!IsCapitals(lines[i]))
            {
                break;
            }

            title.Add(lines[i]);
        }

        var (chamber, session, chamberLine) = ChamberAndSession(lines, first);
        var printedNumber = new PrintedNumber(chamber, session, dossiers[0], number, chamberLine ?? lines[first]);
        return (printedNumber, title.Count > 0 ? string.Join(' ', title) : null, dossiers);
    }

    /// <summary>The printed first page's chamber and vergaderjaar lines just above the dossier, when present.</summary>
    private static (string? Chamber, string? Session, string? Line) ChamberAndSession(string[] lines, int dossierLine)
    {
        string? chamber = null;
        string? session = null;
        string? chamberLine = null;
        var seen = 0;
        for (var i = dossierLine - 1; i >= 0 && seen < ChamberAbove; i--)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            seen++;
            if (session is null && Session().Match(lines[i]) is { Success: true } s)
            {
                session = SessionText.Normalize(s.Groups["from"].Value, s.Groups["to"].Value);
            }
            else if (Chamber().Match(lines[i]) is { Success: true } c)
            {
                var kamer = c.Groups["kamer"].Value;
                chamber = char.ToUpperInvariant(kamer[0]) + kamer[1..].ToLowerInvariant() + " Kamer";
                chamberLine = lines[i];
                break;
            }
        }

        return (chamber, session, chamberLine);
    }

    private static void AddTitle(List<string> title, string sameLine)
    {
        if (sameLine.Trim() is { Length: > 0 } text)
        {
            title.Add(text);
        }
    }

    private static int? NextText(string[] lines, int from)
    {
        for (var i = from + 1; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }

        return null;
    }

    private static bool HasNumberLineAhead(string[] lines, int from) =>
        lines.Skip(from + 1).Where(l => l.Length > 0).Take(DossierToNumber).Any(l => NumberLine().IsMatch(l));

    private static bool IsCapitals(string line) =>
        line.Any(char.IsLetter) && !line.Any(char.IsLower);

    [GeneratedRegex(@"^(?<kamer>Tweede|Eerste|TWEEDE|EERSTE) (?:Kamer der Staten-Generaal|KAMER DER STATEN-GENERAAL)(?:\s+\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Chamber();

    [GeneratedRegex(@"^Vergaderjaar (?<from>\d{4})\s*[-–—]\s*(?<to>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Session();

    // "27 925 Bestrijding internationaal terrorisme", "27 925" alone, "21 501-02 Raad …", "33 000 X Vaststelling …".
    // The title starts with a capital: a sentence that opens with a number ("29 521 militairen …") is no head.
    [GeneratedRegex(@"^(?<dossier>\d{2}[ \u00a0]?\d{3}(?:[ \u00a0]?-[ \u00a0]?(?:\d{2}|[IVXL]{1,6}|[A-Z])|[ \u00a0](?:[IVXL]{1,6}|[A-Z])(?=\s|$))?)(?:\s+(?<title>\p{Lu}.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DossierLine();

    [GeneratedRegex(@"^(?:[IVXL]{1,6}|[A-Z])$", RegexOptions.CultureInvariant)]
    private static partial Regex SuffixAlone();

    // "Nr. 607 BRIEF VAN …", "nr. 124", "Nr. A" (an Eerste Kamer paper in the Tweede Kamer's form).
    [GeneratedRegex(@"^(?:Nr|nr|NR)\.\s*(?<number>\d{1,5}|[A-Z]{1,3})(?:\s+(?<title>[^a-z]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    // An Eerste Kamer letter code alone or before the title in capitals: "X BRIEF VAN …", "BE", "A  MEMORIE VAN ANTWOORD".
    [GeneratedRegex(@"^(?<number>[A-Z]{1,3})(?:\s+(?<title>\p{Lu}{2}[^a-z]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterLine();
}
