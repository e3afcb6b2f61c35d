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
    public static string Of(string heading)
    {
        var text = Numbering().Replace(heading.Trim(), string.Empty);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or '(' or ')')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return Deelneming().Replace(builder.ToString(), "deelname");
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
