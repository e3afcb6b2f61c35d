using System.Text;

namespace Mandaat.Evaluation;

/// <summary>
/// The match rule for quote-keyed types: a prediction matches when its cited text, normalised the
/// same way, contains at least half of the gold quote's words.
/// </summary>
public static class QuoteOverlap
{
    public static bool Matches(string goldQuote, string predictedQuote)
    {
        var goldWords = Words(goldQuote);
        if (goldWords.Count == 0)
        {
            return false;
        }

        var predicted = Words(predictedQuote).ToHashSet(StringComparer.Ordinal);
        var found = goldWords.Count(predicted.Contains);
        return found * 2 >= goldWords.Count;
    }

    /// <summary>Lower-case words with punctuation removed and line-break hyphens already joined by the normaliser.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
