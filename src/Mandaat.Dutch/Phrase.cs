using System.Text;

namespace Mandaat.Dutch;

/// <summary>
/// Puts a matched phrase in one canonical shape before a grammar reads it: lower case, one space
/// between words, typographic apostrophes and dashes folded. Extracted PDF text mixes all of these,
/// and the grammars should not have to spell every variant.
/// </summary>
internal static class Phrase
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Fold(char.ToLowerInvariant(raw));
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // "één" carries stress accents only; "ë" in "tweeëntwintig" is a real letter and is kept.
    private static char Fold(char c) => c switch
    {
        'é' or 'è' => 'e',
        '’' or '‘' or '`' or '´' => '\'',
        '–' or '—' or '‑' or '−' => '-',
        '\u00a0' or '\u2009' or '\u202f' => ' ',
        _ => c,
    };
}
