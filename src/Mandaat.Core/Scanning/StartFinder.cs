using System.Buffers;
using System.Runtime.CompilerServices;

namespace Mandaat.Core.Scanning;

/// <summary>
/// Finds the next place where one of a set of start words begins (compared ignoring case), skipping the
/// places a match cannot begin at: inside a word, where a start word that begins with a letter or digit
/// would continue the word before it (see <see cref="AnchoredScan"/>'s remarks).
/// </summary>
/// <remarks>
/// A text's word starts are found once (<see cref="WordStarts"/>) and shared by every finder that scans it;
/// each finder then looks a word's first two characters up in a table, and searches for the few starts that
/// begin with punctuation ("(", "€") by their first character. A multi-string search (<c>IndexOfAny</c> over
/// <c>SearchValues&lt;string&gt;</c>) is no substitute: with one-character starts ("0"–"9") it cannot use
/// its vectorised path, and short starts such as "in", "een" and "tot" occur inside most words, so it
/// stops at nearly every word.
/// Ignoring case as ordinal comparison does: two characters are equal when their invariant upper-case
/// forms are.
/// </remarks>
internal sealed class StartFinder
{
    private static readonly ConditionalWeakTable<string, WordStarts> WordStartsByText = [];

    // Starts of one character, and longer starts by their first two characters (upper case), so most words
    // are refused by one look-up: in tables for ASCII, in a map for the rest ("één").
    private readonly bool[] _asciiSingle = new bool[128];
    private readonly HashSet<char> _otherSingle = [];
    private readonly string[]?[] _asciiPairs = new string[128 * 128][];
    private readonly Dictionary<int, string[]> _otherPairs = [];

    // The first characters (in every case) of the starts that begin with punctuation, or null without such starts.
    private readonly SearchValues<char>? _symbolFirsts;
    private readonly string[] _symbols;

    public StartFinder(IEnumerable<string> starts)
    {
        var all = starts.Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var single in all.Where(s => s.Length == 1).Select(s => Upper(s[0])))
        {
            _ = char.IsAscii(single) ? _asciiSingle[single] = true : _otherSingle.Add(single);
        }

        foreach (var pair in all.Where(s => s.Length > 1).GroupBy(s => (Upper(s[0]), Upper(s[1]))))
        {
            var (first, second) = pair.Key;
            if (char.IsAscii(first) && char.IsAscii(second))
            {
                _asciiPairs[(first * 128) + second] = [.. pair];
            }
            else
            {
                _otherPairs[(first << 16) | second] = [.. pair];
            }
        }
        _symbols = [.. all.Where(s => !char.IsLetterOrDigit(s[0]))];
        if (_symbols.Length > 0)
        {
            _symbolFirsts = SearchValues.Create([.. _symbols.SelectMany(s => new[] { s[0], char.ToUpperInvariant(s[0]), char.ToLowerInvariant(s[0]) }).Distinct()]);
        }
    }

    /// <summary>The word starts of <paramref name="text"/>, found by the first finder that scans it and shared by the others.</summary>
    public static WordStarts WordsOf(string text) => WordStartsByText.GetValue(text, WordStarts.Of);

    /// <summary>
    /// The first index at or after <paramref name="position"/> where a start word begins and a match could
    /// begin (or -1), for a scan that moves forward through <paramref name="text"/>: <paramref name="word"/> is
    /// the index of a word start at or before <paramref name="position"/> (0 at first, then the <c>Word</c> of
    /// the previous answer), so a scan walks the words once instead of searching for them at every candidate.
    /// </summary>
    public (int Candidate, int Word) Next(string text, WordStarts words, int word, int position)
    {
        var (positions, heads) = (words.Positions, words.Heads);
        var k = word;
        while (k < positions.Length && positions[k] < position)
        {
            k++;
        }

        var found = -1;
        for (; k < positions.Length; k++)
        {
            if (StartsAt(text, positions[k], heads[k]))
            {
                found = positions[k];
                break;
            }
        }

        var symbol = NextSymbol(text, position, found < 0 ? text.Length : found);
        return (symbol >= 0 ? symbol : found, k);
    }

    private bool StartsAt(string text, int index, uint head)
    {
        var (first, second) = ((char)(head >> 16), (char)(head & 0xFFFF));
        if (char.IsAscii(first) ? _asciiSingle[first] : _otherSingle.Contains(first))
        {
            return true;
        }

        var words = char.IsAscii(first) && char.IsAscii(second) ? _asciiPairs[(first * 128) + second] : _otherPairs.GetValueOrDefault((first << 16) | second);
        return words is not null && StartsWithAny(text, index, words);
    }

    /// <summary>The first place before <paramref name="limit"/> where a start beginning with punctuation begins, or -1.</summary>
    private int NextSymbol(string text, int position, int limit)
    {
        if (_symbolFirsts is null)
        {
            return -1;
        }

        while (position < limit)
        {
            var offset = text.AsSpan(position, limit - position).IndexOfAny(_symbolFirsts);
            if (offset < 0)
            {
                return -1;
            }

            var at = position + offset;
            if (StartsWithAny(text, at, _symbols))
            {
                return at;
            }

            position = at + 1;
        }

        return -1;
    }

    private static bool StartsWithAny(string text, int index, string[] words)
    {
        var rest = text.AsSpan(index);
        foreach (var word in words)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static char Upper(char c) => WordStarts.Upper(c);
}
