using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace Mandaat.Search.Analysis;

/// <summary>
/// Splits compounds the curated list does not cover by how often their parts occur on their own in the record
/// (WordFrequencies.txt, learned from the development corpus by tools/Mandaat.Lexicon), after Koehn and Knight
/// (2003): of the ways to cut a word into two or three known words (with a linking -s-, -e- or -en-), the one whose
/// parts have the highest geometric mean of frequencies wins, and only when that mean is higher than the whole
/// word's own frequency. So "geweldgebruik" → geweld, gebruik and "kabinetsreactie" → kabinet, reactie, while
/// "belangrijk", more frequent than "belang" and "rijk" together, stays whole. Short parts and prepositions
/// ("over", "voor", "onder") are never parts: they are prefixes of countless words that are no compounds.
/// </summary>
public static class LearnedCompoundSplitter
{
    private const int MinimumPart = 4;
    private const int MinimumWord = 8;
    private const int MinimumPartCount = 3;
    private const int MaximumParts = 3;

    private static readonly string[] Links = ["", "s", "e", "en"];

    private static readonly FrozenSet<string> NeverParts = FrozenSet.ToFrozenSet(
        "over voor door onder tegen achter boven binnen buiten terug samen tussen naar rond mede weder verder zelf elke alle waar daar hier deze welke zijn haar hunne onze worden werd wordt zullen heeft hebben kunnen moet moeten meer minder veel geen niet toch weer hele heel"
            .Split(' '),
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Frequencies = Load();

    /// <summary>How many words the table holds: what the splitter knows.</summary>
    public static int KnownWords => Frequencies.Count;

    /// <summary>The parts of a folded word, or null when no cut into known words is likelier than the word itself.</summary>
    public static IReadOnlyList<string>? Split(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Length < MinimumWord || !folded.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        IReadOnlyList<string>? best = null;
        var bestScore = (double)Frequencies.GetValueOrDefault(folded);
        foreach (var cut in Cuts(folded, 0, 1))
        {
            var score = Math.Exp(cut.Average(p => Math.Log(Frequencies[p])));
            if (score > bestScore)
            {
                (best, bestScore) = (cut, score);
            }
        }

        return best;
    }

    /// <summary>Every way to cut the word from <paramref name="start"/> into known parts, the last running to the end.</summary>
    private static IEnumerable<IReadOnlyList<string>> Cuts(string word, int start, int depth)
    {
        for (var end = start + MinimumPart; end <= word.Length - MinimumPart; end++)
        {
            var part = word[start..end];
            if (!IsPart(part))
            {
                continue;
            }

            foreach (var link in Links)
            {
                var next = end + link.Length;
                if (word.Length - next < MinimumPart || string.CompareOrdinal(word, end, link, 0, link.Length) != 0)
                {
                    continue;
                }

                var rest = word[next..];
                if (IsPart(rest))
                {
                    yield return [part, rest];
                }

                if (depth + 1 < MaximumParts)
                {
                    foreach (var more in Cuts(word, next, depth + 1))
                    {
                        yield return [part, .. more];
                    }
                }
            }
        }
    }

    private static bool IsPart(string word) =>
        Frequencies.GetValueOrDefault(word) >= MinimumPartCount && !NeverParts.Contains(word);

    private static FrozenDictionary<string, int> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mandaat.Search.Analysis.WordFrequencies.txt")
            ?? throw new InvalidOperationException("the word-frequency table is not embedded in Mandaat.Search");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0)
            {
                continue;
            }

            table[line[..tab]] = int.Parse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
