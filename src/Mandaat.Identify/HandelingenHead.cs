using System.Globalization;
using System.Text.RegularExpressions;

namespace Mandaat.Identify;

/// <summary>
/// The citation that heads proceedings (Handelingen), as the publication and Mandaat's XML reader
/// print it: "Handelingen II 2017/18, nr. 61, item 10", or the publication site's row above them. It gives the session; proceedings are the
/// record of a debate, so their kind is <c>verslag</c>. Only the first lines count: a Handelingen
/// citation in the body of a letter is a reference, not the letter's own head.
/// </summary>
internal static partial class HandelingenHead
{
    private const int HeadWindow = 400;

    /// <summary>The session of the proceedings, or null when the text is not headed as proceedings.</summary>
    public static string? Session(string source)
    {
        var head = source[..Math.Min(source.Length, HeadWindow)];
        if (SiteRow().Match(head) is { Success: true } row)
        {
            return SessionText.Normalize(row.Groups["from"].Value, row.Groups["to"].Value);
        }

        var match = Head().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var first = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
        // "2017/18": the second year is printed with two digits.
        var full = (first / 100 * 100) + second;
        return SessionText.Normalize(first.ToString(CultureInfo.InvariantCulture), full.ToString(CultureInfo.InvariantCulture));
    }

    // The publication site's row above proceedings: chamber, vergaderjaar and the sitting's number with an item
    // or pages, spaced, as table cells or glued ("Tweede Kamer der Staten-Generaal2017-2018nr. 103, item 48").
    [GeneratedRegex(@"^[ \t|]*(?:Tweede|Eerste) Kamer der Staten-Generaal[ \t|]*(?<from>\d{4})[ \t]*[-–][ \t]*(?<to>\d{4})[ \t|]*nr\.[ \t]*\d+,[ \t]*(?:item|pagina)\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SiteRow();

    [GeneratedRegex(@"\A\s*(?:Aanhangsel\s+)?Handelingen\s+(?:I|II)\s+(?<from>\d{4})/(?<to>\d{2}),\s+nr\.\s*\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Head();
}
