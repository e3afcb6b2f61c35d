using System.Text.RegularExpressions;

namespace Mandaat.Core.Scanning;

/// <summary>
/// Finds the matches of a pattern whose every alternative starts with one of a few known words, by
/// jumping to those words (<see cref="StartFinder"/>) and trying the pattern only there.
/// The regex engine alone only knows the pattern's first characters, which for Dutch words such as
/// "van", "tot", "in" are most letters of a text, so it starts a full match attempt at nearly every
/// other character.
/// </summary>
/// <remarks>
/// Gives exactly the matches of <c>Regex.Matches</c> over the pattern <c>A|B|…</c> of its alternatives
/// (leftmost first, not overlapping) provided each alternative is a pattern behind <c>\G</c>, every match
/// starts with one of the starts (compared ignoring case), and every alternative that starts with a letter
/// or digit needs a word boundary (or a lookbehind refusing a letter or digit) in front of it. At one
/// position the alternatives are tried in order and the first that matches wins, as in an alternation.
/// Kept as separate regexes because .NET runs a top-level alternation of long alternatives much slower
/// than the same alternatives one by one. A
/// pattern that can start with <c>\d</c> passes <c>startsWithDigit</c>: <c>\d</c> is any Unicode digit,
/// and a text holding a non-ASCII one is scanned at every position, as the engine would.
/// </remarks>
public sealed class AnchoredScan
{
    private readonly Func<string, int, Match?> _matchAt;
    private readonly StartFinder _starts;
    private readonly bool _startsWithDigit;

    public AnchoredScan(Regex anchored, IEnumerable<string> starts, bool startsWithDigit = false)
        : this([anchored], starts, startsWithDigit)
    {
    }

    public AnchoredScan(IReadOnlyList<Regex> alternatives, IEnumerable<string> starts, bool startsWithDigit = false)
        : this((text, position) => FirstAt(alternatives, text, position), starts, startsWithDigit)
    {
    }

    /// <param name="matchAt">The match at a place where a start stands, or null: for a caller that knows better than
    /// trying every alternative in turn which of them can match there (mission names by their first word).</param>
    public AnchoredScan(Func<string, int, Match?> matchAt, IEnumerable<string> starts, bool startsWithDigit = false)
    {
        _matchAt = matchAt;
        _starts = new StartFinder(starts);
        _startsWithDigit = startsWithDigit;
    }

    public IEnumerable<Match> Matches(string text)
    {
        var everywhere = _startsWithDigit && HasNonAsciiDigit(text);
        var words = StartFinder.WordsOf(text);
        var word = 0;
        var position = 0;
        while (position < text.Length)
        {
            var candidate = position;
            if (!everywhere)
            {
                (candidate, word) = _starts.Next(text, words, word, position);
            }

            if (candidate < 0)
            {
                yield break;
            }

            if (InsideWord(text, candidate))
            {
                position = candidate + 1;
                continue;
            }

            var match = _matchAt(text, candidate);
            if (match is not null)
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

    private static Match? FirstAt(IReadOnlyList<Regex> alternatives, string text, int position)
    {
        foreach (var alternative in alternatives)
        {
            var match = alternative.Match(text, position);
            if (match.Success)
            {
                return match;
            }
        }

        return null;
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
