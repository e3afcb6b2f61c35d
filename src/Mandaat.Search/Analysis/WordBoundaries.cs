namespace Mandaat.Search.Analysis;

/// <summary>
/// Finds the words of a text without breaking the compounds parliament writes: "F-16", "KDC-10",
/// "anti-ISIS", "F-16’s", "19,5" and "1.500" are one word each. A hyphen, apostrophe or decimal
/// separator joins only when a letter or digit follows (digits on both sides for , and .), so
/// "(pro-)Iraanse" and "– " still split.
/// </summary>
internal static class WordBoundaries
{
    public static IEnumerable<(int Start, int End)> Find(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                else if (Joins(text, i))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            yield return (start, i);
        }
    }

    private static bool Joins(string text, int i)
    {
        if (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]))
        {
            return false;
        }

        return text[i] switch
        {
            _ when IsHyphen(text[i]) => true,
            _ when IsApostrophe(text[i]) => char.IsLetter(text[i + 1]),
            ',' or '.' => char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]),
            _ => false,
        };
    }

    // The joining characters of Dutch compounds, including the typographic forms PDFs and Word produce.
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';
}
