using Mandaat.Search.Analysis;

namespace Mandaat.Search.Query;

/// <summary>
/// The index forms a prefix can take. The index holds stems, so "militaire*" must look for "militair…"
/// as well as "militaire…": both the folded prefix and its stem are used.
/// </summary>
public static class PrefixForms
{
    public static IReadOnlyList<string> Of(string prefix, ITextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = analyzer.Analyze(prefix);
        if (tokens.Count != 1)
        {
            return [];
        }

        // The unstemmed form keeps the compound joins and drops only what the analyzer would not index.
        var folded = analyzer.Fold(prefix[tokens[0].Start..tokens[0].End]);
        var forms = new List<string> { folded, tokens[0].Term };
        return forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }
}
