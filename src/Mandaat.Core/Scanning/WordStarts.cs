using System.Buffers;

namespace Mandaat.Core.Scanning;

/// <summary>
/// Where a text's words begin (every letter or digit that does not continue a letter or digit before it),
/// each with its first two characters in upper case, which is all a <see cref="StartFinder"/> needs to refuse
/// most words. Found once per text and shared by the finders of all extractors that scan it.
/// </summary>
internal sealed class WordStarts
{
    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Latin-1 upper-cased once (see <see cref="Upper"/>).</summary>
    private static readonly char[] Latin1Upper = [.. Enumerable.Range(0, 256).Select(c => char.ToUpperInvariant((char)c))];

    private WordStarts(int[] positions, uint[] heads)
    {
        Positions = positions;
        Heads = heads;
    }

    /// <summary>Where each word begins, in order.</summary>
    public int[] Positions { get; }

    /// <summary>Per word, its first character upper-cased in the high half and its second (or 0 for a one-character word at the end) in the low half.</summary>
    public uint[] Heads { get; }

    public static WordStarts Of(string text)
    {
        var positions = new List<int>(text.Length / 6);
        var heads = new List<uint>(text.Length / 6);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            positions.Add(i);
            heads.Add(((uint)Upper(text[i]) << 16) | (i + 1 < text.Length ? Upper(text[i + 1]) : 0u));
            // The rest of the word: its ASCII letters and digits at once, any other letter one by one.
            do
            {
                var rest = text.AsSpan(i + 1).IndexOfAnyExcept(AsciiLettersAndDigits);
                i = rest < 0 ? text.Length : i + 1 + rest;
            }
            while (i < text.Length && char.IsLetterOrDigit(text[i]));
        }

        return new WordStarts([.. positions], [.. heads]);
    }

    // Latin-1 (Dutch's "é", "ë", "ï") is upper-cased from a table made once: char.ToUpperInvariant goes
    // through ICU for every character outside ASCII.
    public static char Upper(char c) => c < Latin1Upper.Length ? Latin1Upper[c] : char.ToUpperInvariant(c);
}
