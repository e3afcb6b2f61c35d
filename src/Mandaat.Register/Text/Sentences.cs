using System.Globalization;
using System.Text.RegularExpressions;
using Mandaat.Store;

namespace Mandaat.Register.Text;

/// <summary>The sentence and paragraph around a cited span, and the years they name.</summary>
public static partial class Sentences
{
    public static string Around(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = start;
        while (from > 0 && !IsBoundary(text, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && !IsBoundary(text, to))
        {
            to++;
        }

        return text[from..Math.Min(text.Length, to + 1)].Trim();
    }

    public static string Paragraph(DocumentDetail document, int offset)
    {
        var paragraph = document.Paragraphs.FirstOrDefault(p => p.Start <= offset && offset < p.End);
        return paragraph is null ? string.Empty : document.Text[paragraph.Start..Math.Min(paragraph.End, document.Text.Length)];
    }

    /// <summary>The first year (1900–2099) a phrase names, else null.</summary>
    public static int? FirstYear(string text)
    {
        var match = Year().Match(text);
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The latest year (1900–2099) a text names, else null.</summary>
    public static int? LastYear(string text) =>
        Year().Matches(text).Select(m => (int?)int.Parse(m.Value, CultureInfo.InvariantCulture)).Max();

    // A full stop ends a sentence only before white space and not after a one-letter abbreviation ("ca.", "nr." stay inside).
    private static bool IsBoundary(string text, int i) =>
        text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n'
        || (text[i] is '.' or '?' or '!' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i));

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..dot];
        return word is "ca" or "nr" or "nrs" or "jl" or "a.s" or "d.d" or "o.a" or "bijv" or "m.b.t" || word.Length == 1;
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}
