using Mandaat.Search.Analysis;
using Mandaat.Search.Query;

namespace Mandaat.Store.Search;

/// <summary>
/// A document's search passages with their analysed terms. The whole text is analysed once and each
/// paragraph takes the whole text's tokens inside its span: words never cross the white space between
/// paragraphs, so those are the tokens the paragraph alone gives, and the text is not analysed twice (the
/// whole document and again paragraph by paragraph). A passage that is not a slice of the text (a
/// question with its answer) or whose edge would cut a word is analysed by itself.
/// </summary>
public static class PassageAnalysis
{
    /// <summary>A processed document's passages (<see cref="SearchPassages"/>) with their terms.</summary>
    public static IReadOnlyList<AnalyzedUnit> Of(ProcessedDocument document, ITextAnalyzer analyzer) =>
        Of(document.Id, document.Text.Text, SearchPassages.Of(document), analyzer);

    public static IReadOnlyList<AnalyzedUnit> Of(string documentId, string text, IEnumerable<SearchPassage> passages, ITextAnalyzer analyzer)
    {
        var whole = new Lazy<IReadOnlyList<AnalyzedToken>>(() => analyzer.Analyze(text));
        return [.. passages.Select(p => Unit(documentId, p, TokensOf(p, text, whole, analyzer)))];
    }

    public static AnalyzedUnit Unit(string documentId, SearchPassage passage, IReadOnlyList<AnalyzedToken> tokens) => new(
        documentId,
        passage.Unit,
        passage.Number,
        passage.Start,
        passage.End,
        string.Join(' ', tokens.Select(t => t.Term)),
        string.Join(' ', tokens.SelectMany(t => t.Parts)));

    private static IReadOnlyList<AnalyzedToken> TokensOf(SearchPassage passage, string text, Lazy<IReadOnlyList<AnalyzedToken>> whole, ITextAnalyzer analyzer)
    {
        var isSlice = passage.Unit is SearchUnits.Document or SearchUnits.Paragraph
            && passage.End - passage.Start == passage.Text.Length
            && passage.End <= text.Length
            && text.AsSpan(passage.Start, passage.Text.Length).SequenceEqual(passage.Text);
        if (!isSlice)
        {
            return analyzer.Analyze(passage.Text);
        }

        var tokens = whole.Value;
        var first = FirstStartingAtOrAfter(tokens, passage.Start);
        var last = first;
        while (last < tokens.Count && tokens[last].End <= passage.End)
        {
            last++;
        }

        var cut = (first > 0 && tokens[first - 1].End > passage.Start) || (last < tokens.Count && tokens[last].Start < passage.End);
        return cut ? analyzer.Analyze(passage.Text) : [.. tokens.Skip(first).Take(last - first)];
    }

    private static int FirstStartingAtOrAfter(IReadOnlyList<AnalyzedToken> tokens, int offset)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
