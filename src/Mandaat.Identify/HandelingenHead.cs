using System.Globalization;
using System.Text.RegularExpressions;

namespace Mandaat.Identify;

/// <summary>
/// The citation that heads proceedings (Handelingen), as the publication and Mandaat's XML reader
/// print it: "Handelingen II 2017/18, nr. 61, item 10". It gives the session; proceedings are the
/// record of a debate, so their kind is <c>verslag</c>. Only the first lines count: a Handelingen
/// citation in the body of a letter is a reference, not the letter's own head.
/// </summary>
internal static partial class HandelingenHead
{
    private const int HeadWindow = 400;

    /// <summary>The session of the proceedings, or null when the text is not headed as proceedings.</summary>
    public static string? Session(string source)
    {
        var match = Head().Match(source[..Math.Min(source.Length, HeadWindow)]);
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

    [GeneratedRegex(@"\A\s*(?:Aanhangsel\s+)?Handelingen\s+(?:I|II)\s+(?<from>\d{4})/(?<to>\d{2}),\s+nr\.\s*\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Head();
}
