using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mandaat.Segment.Aspects;

/// <summary>
/// Folds a heading to the key aspect variants are compared on: numbering and final punctuation
/// dropped, lower case, diacritics folded ("Financiën" = "financien"), apostrophes and brackets
/// removed ("(Na)zorg" = "nazorg", "Risico’s" = "risicos"), hyphens as spaces, and "deelneming"
/// read as "deelname" (both are in use for the same thing).
/// </summary>
internal static partial class HeadingKey
{
    public static string Of(string heading) =>
        Deelneming().Replace(string.Join(' ', Words(heading)).ToLowerInvariant(), "deelname");

    /// <summary>The heading's words as folded for the key but in their printed case: "Oost-Tsjaad" → "Oost", "Tsjaad".</summary>
    public static IReadOnlyList<string> Words(string heading)
    {
        var text = Numbering().Replace(heading.Trim(), string.Empty);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var words = new List<string>();
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or '(' or ')')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0)
            {
                words.Add(builder.ToString());
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            words.Add(builder.ToString());
        }

        return words;
    }

    /// <summary>The key without a leading article or "Nederlandse": "Nederlandse invloed" names the aspect "invloed".</summary>
    public static string? WithoutLead(string key)
    {
        var match = Lead().Match(key);
        return match.Success ? key[match.Length..] : null;
    }

    [GeneratedRegex(@"^(?:\(?\d+(?:\.\d+)*[.)]?|[IVX]{1,5}[.)]|[a-z][.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\bdeelneming\b", RegexOptions.CultureInvariant)]
    private static partial Regex Deelneming();

    [GeneratedRegex(@"^(?:de |het |nederlandse )+", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
