using Lucene.Net.Tartarus.Snowball.Ext;

namespace Mandaat.Search.Analysis;

/// <summary>
/// Turns Dutch text into index terms: compound-safe words, folded, stemmed with the Snowball Dutch
/// stemmer ("militairen" → "militair", "helmen" → "helm"). Documents and queries go through the same
/// analyzer, so what a user types meets what the index holds. The Snowball stemmer keeps state
/// between calls, so each call makes its own; the analyzer itself is stateless and thread-safe.
/// </summary>
public sealed class DutchTextAnalyzer : ITextAnalyzer
{
    /// <summary>Words longer than this are not Dutch words but glued garbage; they are cut so the index stays sane.</summary>
    private const int MaxWordLength = 80;

    public static DutchTextAnalyzer Default { get; } = new();

    public IReadOnlyList<AnalyzedToken> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stemmer = new DutchStemmer();
        var tokens = new List<AnalyzedToken>();
        foreach (var (start, end) in WordBoundaries.Find(text))
        {
            var token = MakeToken(stemmer, text, start, end);
            if (token is not null)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>Lower case without diacritics; for prefixes, which must not be stemmed.</summary>
    public string Fold(string word) => Folding.Fold(word);

    /// <summary>The Snowball stem of one folded word.</summary>
    public string Stem(string foldedWord) => Stem(new DutchStemmer(), foldedWord);

    private static AnalyzedToken? MakeToken(DutchStemmer stemmer, string text, int start, int end)
    {
        var word = text[start..Math.Min(end, start + MaxWordLength)];
        // "F-16’s", "KDC-10's", "auto's": the apostrophe-s is a plural ending, the term is the word before it.
        var apostrophe = word.IndexOfAny(['\'', '\u2019', '\u2018', '`']);
        if (apostrophe > 0)
        {
            word = word[..apostrophe];
        }

        var parts = Folding.Fold(word)
            .Split(['-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Stem(stemmer, p))
            .Where(p => p.Length > 0)
            .ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        return new AnalyzedToken(string.Join('-', parts), parts.Count > 1 ? parts : [], start, end);
    }

    private static string Stem(DutchStemmer stemmer, string folded)
    {
        // Numbers and codes ("16", "19,5", "b2") are kept as written: stemming digits only does harm.
        if (folded.Any(char.IsDigit))
        {
            return folded;
        }

        stemmer.SetCurrent(folded);
        stemmer.Stem();
        return stemmer.Current;
    }
}
