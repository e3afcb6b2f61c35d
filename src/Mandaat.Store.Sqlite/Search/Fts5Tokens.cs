using System.Buffers;
using System.Globalization;

namespace Mandaat.Store.Sqlite.Search;

/// <summary>
/// Tokens as the search tables' FTS5 tokenizer sees them (unicode61, remove_diacritics 0, tokenchars
/// '-.,'): letters, numbers and private-use characters plus '-', '.' and ',' make tokens, anything else
/// separates them, and case does not matter. Following FTS5 exactly makes a count of tokens or phrase
/// instances here FTS5's count. The stored columns are the analyzer's terms joined by single spaces, so
/// both counts have a vectorised path for such text; any other text is walked character by character.
/// </summary>
internal static class Fts5Tokens
{
    private static readonly SearchValues<char> AsciiTokenCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.,");

    private static readonly SearchValues<char> AsciiTermsAndSpaces =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-., ");

    /// <summary>The tokens of the text, case-folded.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var at = NextStart(text, 0);
        while (at >= 0)
        {
            var end = EndOf(text, at);
            tokens.Add(text[at..end].ToLowerInvariant());
            at = NextStart(text, end);
        }

        return tokens;
    }

    /// <summary>How many tokens the text holds.</summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (IsJoinedTerms(span))
        {
            return span.IsEmpty ? 0 : span.Count(' ') + 1;
        }

        var count = 0;
        for (var at = NextStart(text, 0); at >= 0; at = NextStart(text, EndOf(text, at)))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Where the token <paramref name="token"/> (a whole token, or any token it begins when
    /// <paramref name="prefix"/>) starts at or after <paramref name="from"/>, or -1.
    /// </summary>
    public static int IndexOf(string text, string token, bool prefix, int from)
    {
        var span = text.AsSpan();
        while (from <= text.Length - token.Length)
        {
            var found = span[from..].IndexOf(token, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return -1;
            }

            var at = from + found;
            var end = at + token.Length;
            if ((at == 0 || !IsTokenCharacter(text, at - 1)) && (prefix || end == text.Length || !IsTokenCharacter(text, end)))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>Where the token starting at <paramref name="at"/> ends (the first character after it).</summary>
    public static int EndOf(string text, int at)
    {
        var end = at;
        while (end < text.Length && IsTokenCharacter(text, end))
        {
            end++;
        }

        return end;
    }

    /// <summary>Where the next token after <paramref name="from"/> starts, or -1.</summary>
    public static int NextStart(string text, int from)
    {
        var next = from;
        while (next < text.Length && !IsTokenCharacter(text, next))
        {
            next++;
        }

        return next < text.Length ? next : -1;
    }

    /// <summary>ASCII terms joined by single spaces, as the store writes its columns.</summary>
    private static bool IsJoinedTerms(ReadOnlySpan<char> span) =>
        span.IndexOfAnyExcept(AsciiTermsAndSpaces) < 0 && !span.Contains("  ", StringComparison.Ordinal)
        && (span.IsEmpty || (span[0] != ' ' && span[^1] != ' '));

    private static bool IsTokenCharacter(string text, int index)
    {
        var c = text[index];
        if (char.IsAscii(c))
        {
            return AsciiTokenCharacters.Contains(c);
        }

        return CharUnicodeInfo.GetUnicodeCategory(text, index) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.PrivateUse => true,
            // The second half of a surrogate pair belongs to the character its first half started.
            UnicodeCategory.Surrogate => char.IsLowSurrogate(c) && index > 0 && char.IsHighSurrogate(text[index - 1]) && IsTokenCharacter(text, index - 1),
            _ => false,
        };
    }
}
