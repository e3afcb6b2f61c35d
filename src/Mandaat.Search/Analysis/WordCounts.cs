namespace Mandaat.Search.Analysis;

/// <summary>
/// Counts the folded words of texts as the analyzer sees them (a hyphenated word counts as its pieces), for the
/// word-frequency table that <see cref="LearnedCompoundSplitter"/> splits compounds by. Kept beside the splitter so
/// the table and the splitter agree on what a word is.
/// </summary>
public sealed class WordCounts
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Texts { get; private set; }

    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Texts++;
        foreach (var (start, end) in WordBoundaries.Find(text))
        {
            var folded = DutchTextAnalyzer.Default.Fold(text[start..end]);
            foreach (var piece in folded.Split(['-', '\u2010', '\u2011', '\'', '\u2019'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (piece.All(char.IsAsciiLetterLower))
                {
                    _counts[piece] = _counts.GetValueOrDefault(piece) + 1;
                }
            }
        }
    }

    /// <summary>The words seen at least <paramref name="minimumCount"/> times and at least <paramref name="minimumLength"/> letters long, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Frequent(int minimumCount, int minimumLength) =>
        [.. _counts.Where(c => c.Value >= minimumCount && c.Key.Length >= minimumLength)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)];
}
