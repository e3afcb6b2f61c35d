namespace Mandaat.Extract.Scanning;

/// <summary>
/// Finds the next place where one of a set of start words begins (compared ignoring case), skipping the
/// places a match cannot begin at: inside a word, where a start word that begins with a letter or digit
/// would continue the word before it (see <see cref="AnchoredScan"/>'s remarks).
/// </summary>
/// <remarks>
/// Walks the text once, looking only at the first character of each word and at punctuation. A multi-string
/// search (<c>IndexOfAny</c> over <c>SearchValues&lt;string&gt;</c>) did the same job at a tenth of the speed:
/// with one-letter starts ("0"–"9") it cannot use its vectorised path, and short starts such as "in", "een"
/// and "tot" occur inside most words, so it stopped at nearly every word (3.8 of 13.5 s of processing in the
/// profile of issue 8). Ignoring case as ordinal comparison does: two characters are equal when their
/// invariant upper-case forms are.
/// </remarks>
internal sealed class StartFinder
{
    // The start words by the upper-case form of their first character: ASCII ones in a table, others in a map.
    private readonly string[]?[] _ascii = new string[128][];
    private readonly Dictionary<char, string[]> _others;

    public StartFinder(IEnumerable<string> starts)
    {
        var byFirst = starts
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .GroupBy(s => char.ToUpperInvariant(s[0]))
            .ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var (first, words) in byFirst.Where(p => p.Key < 128))
        {
            _ascii[first] = words;
        }

        _others = byFirst.Where(p => p.Key >= 128).ToDictionary();
    }

    /// <summary>The first index at or after <paramref name="position"/> where a start word begins and a match could begin, or -1.</summary>
    public int Next(string text, int position)
    {
        for (var i = position; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }

            if (StartsAt(text, i, c))
            {
                return i;
            }
        }

        return -1;
    }

    private bool StartsAt(string text, int index, char c)
    {
        var upper = char.ToUpperInvariant(c);
        var words = upper < 128 ? _ascii[upper] : _others.GetValueOrDefault(upper);
        if (words is null)
        {
            return false;
        }

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
}
