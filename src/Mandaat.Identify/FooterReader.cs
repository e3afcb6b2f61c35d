using System.Text.RegularExpressions;

namespace Mandaat.Identify;

/// <summary>
/// Reads the paper's own numbering from the raw source text, where page footers are still present:
/// the footer "Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 607 2" (also the first line the XML
/// reader writes, and the Eerste Kamer form "…, 36 200, A"), and a publication site's header row "Tweede
/// Kamer der Staten-Generaal 2017-2018 27925 nr. 617" (spaced, as table cells or glued together). Only whole lines count: a citation inside a
/// sentence ("Kamerstuk 27 925, nr. 506") is a reference to another paper, never the identity.
/// </summary>
internal static partial class FooterReader
{
    public static PrintedNumber? Read(string source)
    {
        var candidates = new List<(PrintedNumber Printed, int Index)>();
        foreach (Match match in Footer().Matches(source))
        {
            candidates.Add((FromMatch(match), match.Index));
        }

        foreach (Match match in SiteHeader().Matches(source))
        {
            candidates.Add((FromMatch(match), match.Index));
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        // A footer repeats on every page; a footnote that cites another paper in the same form appears
        // once. The line a reader puts first is the paper's own by construction.
        var firstLineStart = source.Length - source.AsSpan().TrimStart().Length;
        return candidates
            .GroupBy(c => (c.Printed.Dossier, c.Printed.Number, c.Printed.Session))
            .Select(g => (Printed: g.First().Printed, Score: g.Count() + (g.Any(c => c.Index <= firstLineStart) ? 1000 : 0), Last: g.Max(c => c.Index)))
            .OrderByDescending(g => g.Score)
            .ThenByDescending(g => g.Last)
            .First()
            .Printed;
    }

    private static PrintedNumber FromMatch(Match match) => new(
        match.Groups["kamer"].Value + " Kamer",
        SessionText.Normalize(match.Groups["from"].Value, match.Groups["to"].Value),
        DossierText.Normalize(match.Groups["dossier"].Value),
        match.Groups["number"].Value,
        match.Value.Trim());

    private const string Years = @"(?<from>\d{4})[ \t]*[-–—][ \t]*(?<to>\d{4})";

    private const string Number = @"(?<number>\d{1,5}|[A-Z]{1,3})";

    // The footer; a trailing page number may follow the paper's number.
    [GeneratedRegex(@"^[ \t]*(?<kamer>Tweede|Eerste) Kamer, vergaderjaar " + Years + @", (?<dossier>" + DossierText.Pattern + @")(?: en " + DossierText.Pattern + @")*, (?:nr\.[ \t]*)?" + Number + @"(?:[ \t]+\d{1,4})?[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Footer();

    // A publication site prints the chamber, session, dossier and number as one row: spaced, as table cells
    // ("… | 2023-2024 | 27925 nr. 946 |"), or glued together when a copy drops the cells' borders
    // ("Tweede Kamer der Staten-Generaal2016-201729521 nr. 327"; the years have four digits each, so the
    // dossier that follows them is still found).
    [GeneratedRegex(@"^[ \t|]*(?<kamer>Tweede|Eerste) Kamer der Staten-Generaal[ \t|]*" + Years + @"[ \t|]*(?<dossier>" + DossierText.Pattern + @")[ \t]+nr\.[ \t]*" + Number + @"\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SiteHeader();
}
