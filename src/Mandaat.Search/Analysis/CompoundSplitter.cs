using System.Collections.Frozen;
using System.Reflection;

namespace Mandaat.Search.Analysis;

/// <summary>
/// Splits a folded Dutch compound into the parts of a curated list (CompoundParts.txt): "politietrainingsmissie"
/// → politie, training, missie; "transporthelikopters" → transport, helikopters. Dutch writes compounds as one word
/// and readers type the parts, so the index keeps the parts beside the whole word. A word is split only when it is
/// made of listed parts entirely, with a linking -s-, -e- or -en- between them and a plural ending on the last
/// (-s, -en, -n, -e, a doubled consonant + -en): a word the list does not cover stays whole rather than being cut
/// into false parts, which would cost precision. Of several splits the one with the fewest parts wins.
/// </summary>
public static class CompoundSplitter
{
    private const int MinimumPart = 3;
    private const int MinimumWord = 6;

    private static readonly string[] Links = ["", "s", "e", "en"];
    private static readonly string[] Endings = ["", "s", "en", "n", "e", "es"];

    private static readonly FrozenSet<string> Parts = LoadParts();
    private static readonly int LongestPart = Parts.Max(p => p.Length);

    /// <summary>The parts of a folded word without hyphens (the last as written, with its ending), or null when it is not a compound of listed parts.</summary>
    public static IReadOnlyList<string>? Split(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Length < MinimumWord || !folded.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        var parts = From(folded, 0);
        return parts is { Count: >= 2 } ? parts : null;
    }

    /// <summary>The fewest listed parts that make up <paramref name="word"/> from <paramref name="start"/>, or null.</summary>
    private static List<string>? From(string word, int start)
    {
        List<string>? best = null;
        for (var length = Math.Min(LongestPart, word.Length - start); length >= MinimumPart; length--)
        {
            var end = start + length;
            if (!Parts.Contains(word.Substring(start, length)))
            {
                continue;
            }

            // The last part, with a plural ending; not the whole word as one part (that is no compound).
            if (start > 0 && IsEnding(word, end))
            {
                return [word[start..]];
            }

            foreach (var link in Links)
            {
                var next = end + link.Length;
                if (next >= word.Length || string.CompareOrdinal(word, end, link, 0, link.Length) != 0)
                {
                    continue;
                }

                if (From(word, next) is { } rest && (best is null || rest.Count + 1 < best.Count))
                {
                    best = [word.Substring(start, length), .. rest];
                }
            }
        }

        return best;
    }

    private static bool IsEnding(string word, int end)
    {
        var ending = word[end..];
        return Endings.Contains(ending)
            || (ending.Length == 3 && ending[0] == word[end - 1] && ending.EndsWith("en", StringComparison.Ordinal));
    }

    private static FrozenSet<string> LoadParts()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mandaat.Search.Analysis.CompoundParts.txt")
            ?? throw new InvalidOperationException("the compound parts list is not embedded in Mandaat.Search");
        using var reader = new StreamReader(stream);
        var parts = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                parts.Add(line.Trim());
            }
        }

        return parts.ToFrozenSet(StringComparer.Ordinal);
    }
}
