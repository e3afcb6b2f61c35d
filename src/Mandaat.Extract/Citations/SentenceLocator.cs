using System.Buffers;
using System.Text;
using Mandaat.Core.Text;

namespace Mandaat.Extract.Citations;

/// <summary>
/// Finds the sentence around an offset, bounded by its paragraph. Abbreviations common in the genre
/// ("o.a.", "d.d.", "nr.", "ca.") do not end a sentence.
/// </summary>
public static class SentenceLocator
{
    private static readonly string[] Abbreviations =
        ["o.a", "d.d", "nr", "nrs", "ca", "bijv", "m.b.t", "t.a.v", "i.v.m", "e.d", "jl", "a.s", "z.g", "resp", "incl", "excl", "mr", "dhr", "mw", "drs", "ir", "dr", "prof", "art", "lid", "vs", "etc", "e.a", "m.n", "t.b.v", "v.w.b", "p", "blz", "i.e", "e.g", "n.a.v"];

    public static TextSpan SentenceAt(NormalizedText text, int offset)
    {
        var paragraphIndex = text.ParagraphAt(offset);
        var bounds = paragraphIndex >= 0 ? text.Paragraphs[paragraphIndex] : new TextSpan(0, text.Text.Length);
        var s = text.Text;

        var start = offset;
        while (start > bounds.Start && !EndsSentence(s, start - 1, bounds.Start))
        {
            start--;
        }

        var end = offset;
        while (end < bounds.End && !EndsSentence(s, end, bounds.Start))
        {
            end++;
        }

        end = Math.Min(bounds.End, end + 1);
        while (start < end && char.IsWhiteSpace(s[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>True when the character at <paramref name="i"/> ends a sentence: . ! ? followed by space and a capital, a digit or the end.</summary>
    private static bool EndsSentence(string s, int i, int paragraphStart)
    {
        var c = s[i];
        if (c is not ('.' or '!' or '?'))
        {
            return false;
        }

        if (i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1]) && s[i + 1] is not ('"' or '\'' or '’' or '”' or ')'))
        {
            return false;
        }

        var next = i + 2;
        while (next < s.Length && (s[next] is ' ' or '"' or '’' or '”' or ')'))
        {
            next++;
        }

        if (next < s.Length && s[next] != '\n' && char.IsLower(s[next]))
        {
            return false;
        }

        return c != '.' || !IsAbbreviation(s, i, paragraphStart);
    }

    private static bool IsAbbreviation(string s, int dot, int paragraphStart)
    {
        var wordStart = dot;
        while (wordStart > paragraphStart && dot - wordStart <= 6 && !char.IsWhiteSpace(s[wordStart - 1]) && s[wordStart - 1] != '(')
        {
            wordStart--;
        }

        // The longest abbreviation has five characters, so a longer word is none.
        var length = dot - wordStart;
        if (length > 6)
        {
            return false;
        }

        var word = s.AsSpan(wordStart, length);
        // A single letter (initials "J.A.") is never the end of a sentence in this genre.
        if (length == 1 || word.Contains('.'))
        {
            return true;
        }

        // Every abbreviation is ASCII, so a word with another character is none, and ASCII is lower-cased on the
        // stack without the culture's case tables: every '.' in a text is checked here, and ToLowerInvariant
        // went through ICU's case mapping for each (0.4 s on the bench corpus, issue 8).
        Span<char> lower = stackalloc char[length];
        if (Ascii.ToLower(word, lower, out _) != OperationStatus.Done)
        {
            return false;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (lower.SequenceEqual(abbreviation))
            {
                return true;
            }
        }

        return false;
    }
}
