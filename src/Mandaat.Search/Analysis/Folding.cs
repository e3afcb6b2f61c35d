using System.Globalization;
using System.Text;

namespace Mandaat.Search.Analysis;

/// <summary>Lower case without diacritics ("Syrië" → "syrie", "geïnformeerd" → "geinformeerd"), so a user need not type them.</summary>
internal static class Folding
{
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
