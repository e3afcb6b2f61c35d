using Mandaat.Search.Analysis;
using Mandaat.Search.Query;

namespace Mandaat.Search.Snippets;

/// <summary>
/// The index terms a query looks for (not those it excludes), to find and mark them in a passage.
/// A word of the text matches when its term or one of its compound parts is a query term or starts
/// with a query prefix.
/// </summary>
public sealed class HighlightTerms
{
    private readonly HashSet<string> _terms;
    private readonly List<string> _prefixes;

    private HighlightTerms(HashSet<string> terms, List<string> prefixes)
    {
        _terms = terms;
        _prefixes = prefixes;
    }

    public static HighlightTerms From(QueryNode root, ITextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        Collect(root, analyzer, terms, prefixes);
        return new HighlightTerms(terms, prefixes);
    }

    public bool Matches(AnalyzedToken token) => Matches(token.Term) || token.Parts.Any(Matches);

    private bool Matches(string term) =>
        _terms.Contains(term) || _prefixes.Exists(p => term.StartsWith(p, StringComparison.Ordinal));

    private static void Collect(QueryNode node, ITextAnalyzer analyzer, HashSet<string> terms, List<string> prefixes)
    {
        switch (node)
        {
            case WordQuery { Prefix: true } word:
                prefixes.AddRange(PrefixForms.Of(word.Word, analyzer));
                break;
            case WordQuery word:
                terms.UnionWith(analyzer.Analyze(word.Word).Select(t => t.Term));
                break;
            case PhraseQuery phrase:
                terms.UnionWith(analyzer.Analyze(phrase.Text).Select(t => t.Term));
                break;
            case AllQuery all:
                all.Children.ToList().ForEach(c => Collect(c, analyzer, terms, prefixes));
                break;
            case AnyQuery any:
                any.Children.ToList().ForEach(c => Collect(c, analyzer, terms, prefixes));
                break;
        }
    }
}
