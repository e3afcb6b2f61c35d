using System.Text.RegularExpressions;

namespace Mandaat.Extract.Statements;

/// <summary>
/// Splits a sentence that reports several commitments into one part per commitment: "In overeenstemming met
/// gedane toezeggingen informeren wij u tevens over A, B en C" (the first part keeps the sentence's opening),
/// and "A, toegezegd door … op 10 september 2015, en B, toegezegd door … op 3 maart 2016". A sentence with one
/// commitment is one part.
/// </summary>
public static partial class CommitmentItems
{
    /// <summary>An item of an enumeration has at least this many words; shorter pieces belong to their neighbour.</summary>
    private const int MinItemWords = 3;

    /// <summary>Parts of <paramref name="sentence"/> as (start, length), in order.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string sentence)
    {
        IReadOnlyList<(int Start, int Length)> whole = [(0, sentence.Length)];
        var reports = Participle().Matches(sentence);
        if (reports.Count >= 2)
        {
            return (IReadOnlyList<(int, int)>?)ByParticiple(sentence, reports) ?? whole;
        }

        var plural = Plural().Match(sentence);
        if (!plural.Success)
        {
            return whole;
        }

        var marker = ListMarker().Match(sentence, plural.Index + plural.Length);
        return marker.Success ? (IReadOnlyList<(int, int)>?)Enumeration(sentence, marker.Index + marker.Length) ?? whole : whole;
    }

    // "A, toegezegd door X op …, en B, toegezegd door Y op …": each part runs to the "en" that opens the next.
    private static List<(int, int)>? ByParticiple(string sentence, MatchCollection reports)
    {
        var parts = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i + 1 < reports.Count; i++)
        {
            var from = reports[i].Index + reports[i].Length;
            // ", en" divides the commitments; a bare "en" may join words of a name ("Buitenlandse Handel en
            // Ontwikkelingssamenwerking"), so only the last before the next report is taken.
            var boundaries = TopLevel(sentence, from, reports[i + 1].Index).Where(b => b.Conjunction).ToList();
            if (boundaries.Count == 0)
            {
                return null;
            }

            var boundary = boundaries.FirstOrDefault(b => b.Comma) is { Index: > 0 } comma ? comma : boundaries[^1];

            parts.Add((start, boundary.Index - start));
            start = boundary.Next;
        }

        parts.Add((start, sentence.Length - start));
        return parts;
    }

    // "… over A, B en C": the first part keeps the opening, each further item is a part of its own. An item begins
    // as the first one does or with an article, so a comma before "zoals …" or "die …" divides no list.
    private static List<(int, int)>? Enumeration(string sentence, int listStart)
    {
        var end = sentence.TrimEnd().TrimEnd('.', ';').Length;
        var firstWord = FirstWord(sentence, listStart);
        var cuts = TopLevel(sentence, listStart, end)
            .Where(b => Determiner(FirstWord(sentence, b.Next), firstWord))
            .ToList();
        var parts = new List<(int, int)>();
        var start = 0;
        var itemStart = listStart;
        foreach (var cut in cuts)
        {
            if (WordCount(sentence, itemStart, cut.Index) < MinItemWords)
            {
                continue;
            }

            parts.Add((start, cut.Index - start));
            start = itemStart = cut.Next;
        }

        if (WordCount(sentence, itemStart, end) < MinItemWords && parts.Count > 0)
        {
            var last = parts[^1];
            parts[^1] = (last.Item1, end - last.Item1);
        }
        else
        {
            parts.Add((start, end - start));
        }

        return parts.Count >= 2 ? parts : null;
    }

    /// <summary>Commas, semicolons and "en" outside brackets between two offsets: where one item may end and the next begin.</summary>
    private static IEnumerable<(int Index, int Next, bool Conjunction, bool Comma)> TopLevel(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is ',' or ';')
            {
                var next = i + 1;
                while (next < to && text[next] == ' ')
                {
                    next++;
                }

                var conjunction = text.AsSpan(next).StartsWith("en ", StringComparison.Ordinal);
                yield return (i, conjunction ? next + 3 : next, conjunction, true);
            }
            else if (depth == 0 && c == ' ' && text.AsSpan(i).StartsWith(" en ", StringComparison.Ordinal) && i > 0 && text[i - 1] != ',')
            {
                yield return (i, i + 4, true, false);
            }
        }
    }

    private static bool Determiner(string word, string firstWord) =>
        word is "de" or "het" or "een" || (firstWord.Length > 0 && word == firstWord);

    private static string FirstWord(string text, int from)
    {
        var match = Word().Match(text, from);
        return match.Success ? match.Value.ToLowerInvariant() : string.Empty;
    }

    private static int WordCount(string text, int from, int to) => Word().Count(text.AsSpan(from, Math.Max(0, to - from)));

    [GeneratedRegex(@"\btoegezegd\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Participle();

    [GeneratedRegex(@"\btoezeggingen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plural();

    // Where the list of what the toezeggingen were about begins.
    [GeneratedRegex(@":\s+|\bwaaronder\s+|\binform\w*\s+(?:\w+\s+){0,6}?over\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
