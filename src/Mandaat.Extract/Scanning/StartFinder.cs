using System.Buffers;
using System.Text;

namespace Mandaat.Extract.Scanning;

/// <summary>
/// Finds the next place where one of a set of words starts (compared ignoring case), as
/// <c>IndexOfAny(SearchValues&lt;string&gt;)</c> does. A single non-ASCII word ("€", "één") would send every
/// search down .NET's Unicode path, which took twice the time of the ASCII one over a whole text; so the
/// ASCII words keep the fast search and the few others are found by their first character and checked.
/// </summary>
internal sealed class StartFinder
{
    private readonly SearchValues<string> _ascii;
    private readonly IReadOnlyList<string> _others;
    private readonly SearchValues<char> _othersFirst;

    public StartFinder(IEnumerable<string> starts)
    {
        var all = starts.ToList();
        _ascii = SearchValues.Create([.. all.Where(s => Ascii.IsValid(s.AsSpan()))], StringComparison.OrdinalIgnoreCase);
        _others = [.. all.Where(s => !Ascii.IsValid(s.AsSpan()))];
        // Ignoring case, a first character c equals itself, its upper and its lower case form.
        _othersFirst = SearchValues.Create([.. _others.SelectMany(s => new[] { s[0], char.ToUpperInvariant(s[0]), char.ToLowerInvariant(s[0]) }).Distinct()]);
    }

    /// <summary>The searches over one text; it remembers where the next non-ASCII word is, so that one is searched for once.</summary>
    public Cursor Over(string text) => new(this, text);

    internal sealed class Cursor(StartFinder finder, string text)
    {
        // Where the next non-ASCII start is at or after the last position asked for; -1 when there is none.
        private int _other = NextOther(finder, text, 0);

        /// <summary>The first index at or after <paramref name="position"/> where a word starts, or -1.</summary>
        public int Next(int position)
        {
            var offset = text.AsSpan(position).IndexOfAny(finder._ascii);
            var ascii = offset < 0 ? -1 : position + offset;
            if (_other >= 0 && _other < position)
            {
                _other = NextOther(finder, text, position);
            }

            return ascii < 0 || (_other >= 0 && _other < ascii) ? _other : ascii;
        }

        private static int NextOther(StartFinder finder, string text, int position)
        {
            while (position < text.Length)
            {
                var offset = text.AsSpan(position).IndexOfAny(finder._othersFirst);
                if (offset < 0)
                {
                    return -1;
                }

                var at = position + offset;
                foreach (var start in finder._others)
                {
                    if (text.AsSpan(at).StartsWith(start, StringComparison.OrdinalIgnoreCase))
                    {
                        return at;
                    }
                }

                position = at + 1;
            }

            return -1;
        }
    }
}
