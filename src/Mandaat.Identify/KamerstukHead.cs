using System.Text.RegularExpressions;

namespace Mandaat.Identify;

/// <summary>
/// The head of a printed Kamerstuk's first page, as the official PDF and the XML reader give it:
/// <code>
/// Tweede Kamer der Staten-Generaal
/// Vergaderjaar 2024–2025
/// 27 925 Bestrijding internationaal terrorisme
/// Nr. 999 BRIEF VAN DE MINISTERS VAN …     (the title may also stand on the next line)
/// </code>
/// It gives the numbering when no footer is printed, and the paper's title, which names its genre.
/// </summary>
internal static partial class KamerstukHead
{
    /// <summary>How many lines after the chamber line the head may run on: a title wraps, dossiers repeat.</summary>
    private const int Reach = 24;

    public static (PrintedNumber? Printed, string? Title) Read(string source)
    {
        // A DOCX laid out as a table gives its cells as "a | b"; the head reads the same without the bars.
        var lines = source.Split('\n').Select(l => l.Replace(" | ", " ", StringComparison.Ordinal)).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var chamber = Chamber().Match(lines[i]);
            if (chamber.Success)
            {
                var kamer = chamber.Groups["kamer"].Value;
                return ReadFrom(lines, i, char.ToUpperInvariant(kamer[0]) + kamer[1..].ToLowerInvariant() + " Kamer");
            }
        }

        return (null, null);
    }

    private static (PrintedNumber? Printed, string? Title) ReadFrom(string[] lines, int start, string chamber)
    {
        string? session = null;
        string? dossier = null;
        string? number = null;
        var title = new List<string>();
        foreach (var raw in lines.Skip(start + 1).Take(Reach))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (number is not null)
            {
                // The title is in capitals and may wrap; the first ordinary line ends it.
                if (!IsCapitals(line))
                {
                    break;
                }

                title.Add(line);
                continue;
            }

            if (session is null && Session().Match(line) is { Success: true } s)
            {
                session = SessionText.Normalize(s.Groups["from"].Value, s.Groups["to"].Value);
            }
            else if (session is not null && dossier is null && DossierLine().Match(line) is { Success: true } d)
            {
                dossier = DossierText.Normalize(d.Groups["dossier"].Value);
            }
            else if (dossier is not null && NumberLine().Match(line) is { Success: true } n)
            {
                number = n.Groups["number"].Value;
                if (n.Groups["title"].Value.Trim() is { Length: > 0 } sameLine)
                {
                    title.Add(sameLine);
                }
            }
        }

        var printed = session is not null || dossier is not null
            ? new PrintedNumber(chamber, session, dossier, number, lines[start].Trim())
            : null;
        return (printed, title.Count > 0 ? string.Join(' ', title) : null);
    }

    private static bool IsCapitals(string line) =>
        line.Any(char.IsLetter) && !line.Any(char.IsLower);

    [GeneratedRegex(@"^[ \t]*(?<kamer>Tweede|Eerste|TWEEDE|EERSTE) (?:Kamer der Staten-Generaal|KAMER DER STATEN-GENERAAL)(?:[ \t]+\d{1,3})?[ \t]*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex Chamber();

    [GeneratedRegex(@"^Vergaderjaar (?<from>\d{4})\s*[-–—]\s*(?<to>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Session();

    [GeneratedRegex(@"^(?<dossier>" + DossierText.Pattern + @")(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DossierLine();

    // "Nr. 607 BRIEF VAN …", or an Eerste Kamer letter alone: "A  MEMORIE VAN ANTWOORD".
    [GeneratedRegex(@"^(?:Nr\.\s*(?<number>\d{1,5}|[A-Z]{1,3})|(?<number>[A-Z]{1,2}))(?:\s+(?<title>[^a-z]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();
}
