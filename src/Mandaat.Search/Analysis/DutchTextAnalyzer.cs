using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
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

    /// <summary>Distinct words remembered at most; past it words are still analysed, just not remembered.</summary>
    private const int CacheLimit = 200_000;

    // A word's terms depend on the word alone, and a corpus repeats its words endlessly (every document is
    // indexed whole and per paragraph), so each distinct word is folded and stemmed once per process:
    // folding, splitting and Snowball stemming every occurrence costs far more than a look-up. Looked up by
    // span, so a known word costs no allocation.
    private static readonly ConcurrentDictionary<string, WordTerms> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WordTerms>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _cached;

    public static DutchTextAnalyzer Default { get; } = new();

    public IReadOnlyList<AnalyzedToken> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stemmer = new DutchStemmer();
        // About one word in seven characters of Dutch prose: sized ahead for one in six, the list seldom grows.
        var tokens = new List<AnalyzedToken>((text.Length / 6) + 4);
        foreach (var (start, end) in WordBoundaries.Find(text))
        {
            if (MakeToken(stemmer, text, start, end) is { } token)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>
    /// Lower case without diacritics ("Syrië" → "syrie", "geïnformeerd" → "geinformeerd"), so a user need not
    /// type them; for prefixes, which must not be stemmed.
    /// </summary>
    public string Fold(string word) => FoldWord(word);

    /// <summary>The Snowball stem of one folded word.</summary>
    public string Stem(string foldedWord) => Stem(new DutchStemmer(), foldedWord);

    private static AnalyzedToken? MakeToken(DutchStemmer stemmer, string text, int start, int end)
    {
        var word = text.AsSpan(start, Math.Min(end, start + MaxWordLength) - start);
        if (!CacheBySpan.TryGetValue(word, out var terms))
        {
            var key = word.ToString();
            terms = Terms(stemmer, key);
            if (_cached < CacheLimit && Cache.TryAdd(key, terms))
            {
                Interlocked.Increment(ref _cached);
            }
        }

        return terms.Term.Length == 0 ? null : new AnalyzedToken(terms.Term, terms.Parts, start, end);
    }

    private static WordTerms Terms(DutchStemmer stemmer, string word)
    {
        // "F-16’s", "KDC-10's", "auto's": the apostrophe-s is a plural ending, the term is the word before it.
        var apostrophe = word.IndexOfAny(['\'', '\u2019', '\u2018', '`']);
        if (apostrophe > 0)
        {
            word = word[..apostrophe];
        }

        var pieces = Designation(FoldWord(word)).Split(['-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        var stems = new List<string>(pieces.Length);
        var parts = new List<string>();
        foreach (var piece in pieces)
        {
            var stem = Stem(stemmer, piece);
            if (stem.Length == 0)
            {
                continue;
            }

            stems.Add(stem);
            if (pieces.Length > 1)
            {
                parts.Add(stem);
            }

            // A compound's parts stand beside it ("transporthelikopters": transport, helikopter), so a reader who
            // types a part finds it; the whole word stays the term, which ranks first. The curated list decides
            // first; a word it does not cover is split by its parts' frequencies in the record.
            if ((CompoundSplitter.Split(piece) ?? LearnedCompoundSplitter.Split(piece)) is { } compound)
            {
                parts.AddRange(compound.Select(p => Stem(stemmer, p)));
            }
        }

        if (stems.Count == 0)
        {
            return WordTerms.None;
        }

        return new WordTerms(string.Join('-', stems), parts.Count > 1 ? [.. parts] : []);
    }

    /// <summary>
    /// A designation written without its hyphen is the one with it: "F16" is "F-16", "NH90" "NH-90", "C130" "C-130",
    /// so every spelling of a type meets the others.
    /// </summary>
    private static string Designation(string folded)
    {
        var letters = 0;
        while (letters < folded.Length && char.IsAsciiLetterLower(folded[letters]))
        {
            letters++;
        }

        var isDesignation = letters is >= 1 and <= 4 && folded.Length - letters is >= 1 and <= 4 && folded.AsSpan(letters).IndexOfAnyExceptInRange('0', '9') < 0;
        return isDesignation ? string.Concat(folded.AsSpan(0, letters), "-", folded.AsSpan(letters)) : folded;
    }

    private static string FoldWord(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Stem(DutchStemmer stemmer, string folded)
    {
        // Numbers and codes ("16", "19,5", "b2") are kept as written: stemming digits only does harm.
        if (folded.Any(char.IsDigit))
        {
            return folded;
        }

        // Snowball keeps "missies" apart from "missie" (it takes no -s after a vowel): the -ies plural becomes -ie first,
        // so "trainingsmissies" meets "trainingsmissie".
        if (folded.Length > 5 && folded.EndsWith("ies", StringComparison.Ordinal))
        {
            folded = folded[..^1];
        }

        stemmer.SetCurrent(folded);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>What one word becomes in the index; <see cref="None"/> (empty term) when it yields no token.</summary>
    private sealed record WordTerms(string Term, IReadOnlyList<string> Parts)
    {
        public static WordTerms None { get; } = new(string.Empty, []);
    }
}
