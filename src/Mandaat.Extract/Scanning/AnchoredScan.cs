using System.Buffers;
using System.Text.RegularExpressions;

namespace Mandaat.Extract.Scanning;

/// <summary>
/// Finds the matches of a pattern whose every alternative starts with one of a few known words, by
/// jumping to those words with a vectorised multi-string search and trying the pattern only there.
/// The regex engine alone only knows the pattern's first characters, which for Dutch words such as
/// "van", "tot", "in" are most letters of a text, so it started a full match attempt at nearly every
/// other character (the profile of issue 8 showed the period pattern alone at 18% of ingest).
/// </summary>
/// <remarks>
/// Gives exactly the matches of <c>Regex.Matches</c> (leftmost first, not overlapping) provided
/// <paramref name="anchored"/> is the pattern behind <c>\G</c>, every match starts with one of
/// <paramref name="starts"/> (compared ignoring case), and every alternative that starts with a letter
/// or digit needs a word boundary (or a lookbehind refusing a letter or digit) in front of it. A
/// pattern that can start with <c>\d</c> passes <paramref name="startsWithDigit"/>: <c>\d</c> is any
/// Unicode digit, and a text holding a non-ASCII one is scanned at every position, as the engine would.
/// </remarks>
public sealed class AnchoredScan(Regex anchored, SearchValues<string> starts, bool startsWithDigit = false)
{
    public IEnumerable<Match> Matches(string text)
    {
        var everywhere = startsWithDigit && HasNonAsciiDigit(text);
        var position = 0;
        while (position < text.Length)
        {
            var offset = everywhere ? 0 : text.AsSpan(position).IndexOfAny(starts);
            if (offset < 0)
            {
                yield break;
            }

            var candidate = position + offset;
            if (InsideWord(text, candidate))
            {
                position = candidate + 1;
                continue;
            }

            var match = anchored.Match(text, candidate);
            if (match.Success)
            {
                yield return match;
                position = match.Index + Math.Max(match.Length, 1);
            }
            else
            {
                position = candidate + 1;
            }
        }
    }

    private static bool HasNonAsciiDigit(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007f' && char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // A word or number that continues the one before it cannot start a match (see remarks): skipping it
    // here saves a call into the regex.
    private static bool InsideWord(string text, int index) =>
        index > 0 && char.IsLetterOrDigit(text[index]) && char.IsLetterOrDigit(text[index - 1]);
}
