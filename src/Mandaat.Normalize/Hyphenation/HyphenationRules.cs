using System.Text.RegularExpressions;

namespace Mandaat.Normalize.Hyphenation;

/// <summary>
/// Decides what a hyphen at the end of a line is. Line-break hyphenation is far more common than a
/// real hyphen falling at a line end, so joining is the default; the rules before it catch the
/// hyphens that Dutch spelling keeps.
/// </summary>
internal static class HyphenationRules
{
    private const int MinimumHeadLength = 4;

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase) { "en", "of", "tot", "noch", "dan" };

    public static LineJoin Decide(string line, string nextLine, DocumentVocabulary vocabulary)
    {
        if (line.Length < 2 || line[^1] != '-' || !char.IsLetterOrDigit(line[^2]))
        {
            return LineJoin.Space;
        }

        var left = LastPart(line);
        var right = FirstWord(nextLine);

        // "bewapenings-" + "en verbindingspersoneel": a suspended compound keeps hyphen and space.
        if (right.Length == 0 || Conjunctions.Contains(right))
        {
            return LineJoin.Space;
        }

        if (char.IsUpper(right[0]) || char.IsDigit(right[0]))
        {
            return LineJoin.KeepHyphen;
        }

        if (IsAcronymOrSymbol(left))
        {
            return LineJoin.KeepHyphen;
        }

        // Coordinated adjectives ("nationalistisch-sjiitische", "etnisch-religieuze") keep their
        // hyphen; a word is never broken right after "isch" because Dutch splits before "sche".
        if (left.EndsWith("isch", StringComparison.OrdinalIgnoreCase))
        {
            return LineJoin.KeepHyphen;
        }

        if (vocabulary.HasHyphenPair(left, right))
        {
            return LineJoin.KeepHyphen;
        }

        // A part the document writes before a hyphen elsewhere ("force protection-compagnie") keeps
        // it here too; short parts are left out because they may be mere syllables.
        if (left.Length >= MinimumHeadLength && vocabulary.HasHyphenHead(left) && !vocabulary.HasWord(left + right))
        {
            return LineJoin.KeepHyphen;
        }

        if (vocabulary.HasWord(left + right))
        {
            return LineJoin.DropHyphen;
        }

        // Compounds whose parts meet on the same vowel are spelled with a hyphen ("Rescue-eenheden", "zee-eend").
        return SameVowelMeets(left, right) ? LineJoin.KeepHyphen : LineJoin.DropHyphen;
    }

    /// <summary>The part of the last word before the final hyphen, after any inner hyphen: "anti-ISIS-" gives "ISIS".</summary>
    private static string LastPart(string line)
    {
        var end = line.Length - 1;
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(line[start - 1]))
        {
            start--;
        }

        return line[start..end];
    }

    private static string FirstWord(string line)
    {
        var end = 0;
        while (end < line.Length && char.IsLetterOrDigit(line[end]))
        {
            end++;
        }

        return line[..end];
    }

    /// <summary>A single letter, an all-capitals acronym or anything with a digit ("F-16-", "COVID-19-").</summary>
    private static bool IsAcronymOrSymbol(string part)
    {
        if (part.Length <= 1)
        {
            return true;
        }

        var upper = 0;
        foreach (var c in part)
        {
            if (char.IsDigit(c))
            {
                return true;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2 && upper * 2 >= part.Length;
    }

    private static bool SameVowelMeets(string left, string right)
    {
        var a = char.ToLowerInvariant(left[^1]);
        var b = char.ToLowerInvariant(right[0]);
        return a == b && a is 'a' or 'e' or 'i' or 'o' or 'u';
    }
}

/// <summary>How two lines of one paragraph are joined.</summary>
internal enum LineJoin
{
    /// <summary>Ordinary wrap: one space.</summary>
    Space,

    /// <summary>Line-break hyphenation: the hyphen is dropped and the word closed up.</summary>
    DropHyphen,

    /// <summary>A real hyphen at the line end: kept, no space ("Midden-" + "Oosten").</summary>
    KeepHyphen,
}

internal static partial class HyphenPatterns
{
    /// <summary>A word with its inner hyphens ("anti-ISIS-coalitie"), as printed on one line.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    public static partial Regex Word();
}
