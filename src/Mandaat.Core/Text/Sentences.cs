namespace Mandaat.Core.Text;

/// <summary>
/// The sentence around a place in a text, bounded by its paragraph: the one sentence splitter every stage
/// cites with, so a fact's quote, a kind's evidence and a register's reason cut a text at the same places.
/// A sentence ends at ".", "!" or "?" followed by white space, a closing quote or bracket, or the end of the
/// text; not when the next word starts in lower case, and not at the full stop of initials ("J.A.",
/// "F.C.G.M."), of numbering ("2. Anti-ISIS-coalitie", "a. De inzet") or of an abbreviation common in the
/// genre ("o.a.", "d.d.", "nr.", "Dr."). An abbreviation that closes a phrase ("jl.", "etc.") does end
/// one before a capital or a digit: "op 19 september jl. De …".
/// </summary>
public static class Sentences
{
    /// <summary>Abbreviations in lower case, matched with their first letter in either case ("nr.", "Nr.") but not in capitals ("VS." is a country).</summary>
    private static readonly string[] Abbreviations =
        ["o.a", "d.d", "nr", "nrs", "ca", "bijv", "m.b.t", "t.a.v", "i.v.m", "e.d", "jl", "a.s", "z.g", "resp", "incl", "excl", "mr", "dhr", "mw", "drs", "ir", "dr", "prof", "art", "lid", "vs", "etc", "e.a", "m.n", "t.b.v", "v.w.b", "p", "blz", "i.e", "e.g", "n.a.v"];

    /// <summary>The abbreviations that close a phrase ("19 september jl.", "diensten, etc."), so before a capital or a digit they close the sentence too.</summary>
    private static readonly string[] PhraseFinal = ["jl", "etc", "e.d", "e.a", "a.s"];

    /// <summary>No abbreviation is longer, so a longer word before a full stop is none.</summary>
    private const int LongestAbbreviation = 6;

    /// <summary>The sentence around an offset of a normalised text, within the offset's paragraph (or the whole text outside any).</summary>
    public static TextSpan Around(NormalizedText text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraph = text.ParagraphAt(offset);
        var bounds = paragraph >= 0 ? text.Paragraphs[paragraph] : new TextSpan(0, text.Text.Length);
        return Around(text.Text, bounds, new TextSpan(offset, 0));
    }

    /// <summary>
    /// The sentence (or run of sentences) that holds <paramref name="span"/>, within <paramref name="paragraph"/>,
    /// without the white space around it. The span's own characters are not read as a sentence end.
    /// </summary>
    public static TextSpan Around(string text, TextSpan paragraph, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = span.Start;
        while (start > paragraph.Start && !EndsSentence(text, start - 1, paragraph.Start))
        {
            start--;
        }

        var end = span.End;
        while (end < paragraph.End && !EndsSentence(text, end, paragraph.Start))
        {
            end++;
        }

        // A span that runs past its paragraph keeps its end rather than being cut.
        end = Math.Max(span.End, Math.Min(paragraph.End, end + 1));
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>True when the character at <paramref name="i"/> ends a sentence (see the class summary).</summary>
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

        return c != '.' || !IsAbbreviation(s, i, paragraphStart, startFollows: next < s.Length && (char.IsUpper(s[next]) || char.IsDigit(s[next])));
    }

    private static bool IsAbbreviation(string s, int dot, int paragraphStart, bool startFollows)
    {
        if (IsInitials(s, dot, paragraphStart))
        {
            return true;
        }

        var wordStart = dot;
        while (wordStart > paragraphStart && dot - wordStart <= LongestAbbreviation && !char.IsWhiteSpace(s[wordStart - 1]) && s[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var length = dot - wordStart;
        if (length > LongestAbbreviation)
        {
            return false;
        }

        var word = s.AsSpan(wordStart, length);
        // One character opening its paragraph numbers it ("2.", "a."), and so does a lower-case letter inside one
        // ("punten: a. De …", "i. Inhoudsopgave"); only "u", the one one-letter word, closes sentences ("Dank u.").
        if (length == 1 && (wordStart == paragraphStart || (char.IsAsciiLetterLower(word[0]) && word[0] != 'u')))
        {
            return true;
        }

        if (startFollows && IsListed(word, PhraseFinal))
        {
            return false;
        }

        return (length > 1 && word.Contains('.')) || IsListed(word, Abbreviations);
    }

    /// <summary>Capitals each followed by a full stop back to the start of the word: "J.", "J.A.", "F.C.G.M.".</summary>
    private static bool IsInitials(string s, int dot, int paragraphStart)
    {
        while (dot - 1 >= paragraphStart && char.IsUpper(s[dot - 1]))
        {
            var before = dot - 2;
            if (before < paragraphStart || char.IsWhiteSpace(s[before]) || s[before] == '(')
            {
                return true;
            }

            if (s[before] != '.')
            {
                return false;
            }

            dot = before;
        }

        return false;
    }

    // Every full stop of a text comes here, so the first letter is lower-cased as ASCII (every abbreviation is
    // ASCII) rather than through the culture's case mapping, which goes through ICU for each call.
    private static bool IsListed(ReadOnlySpan<char> word, string[] abbreviations)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        var first = char.IsAsciiLetterUpper(word[0]) ? (char)(word[0] + ('a' - 'A')) : word[0];
        foreach (var abbreviation in abbreviations)
        {
            if (abbreviation.Length == word.Length && abbreviation[0] == first && word[1..].SequenceEqual(abbreviation.AsSpan(1)))
            {
                return true;
            }
        }

        return false;
    }
}
