using Mandaat.Search.Analysis;
using Mandaat.Search.Query;

namespace Mandaat.Store.Indexing;

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
        IReadOnlyList<AnalyzedToken>? whole = null;
        var units = new List<AnalyzedUnit>();
        foreach (var passage in passages)
        {
            if (passage.IsSliceOf(text))
            {
                whole ??= analyzer.Analyze(text);
                if (SliceOf(whole, passage) is var (first, last))
                {
                    units.Add(Unit(documentId, passage, whole, first, last));
                    continue;
                }
            }

            var own = analyzer.Analyze(passage.Text);
            units.Add(Unit(documentId, passage, own, 0, own.Count));
        }

        return units;
    }

    public static AnalyzedUnit Unit(string documentId, SearchPassage passage, IReadOnlyList<AnalyzedToken> tokens) =>
        Unit(documentId, passage, tokens, 0, tokens.Count);

    private static AnalyzedUnit Unit(string documentId, SearchPassage passage, IReadOnlyList<AnalyzedToken> tokens, int first, int last) =>
        new(documentId, passage.Unit, passage.Number, passage.Start, passage.End, Terms(tokens, first, last), Parts(tokens, first, last));

    /// <summary>The whole text's tokens [first, last) that make up the passage, or null when the passage's edge cuts a word.</summary>
    private static (int First, int Last)? SliceOf(IReadOnlyList<AnalyzedToken> tokens, SearchPassage passage)
    {
        var first = FirstStartingAtOrAfter(tokens, passage.Start);
        var last = first;
        while (last < tokens.Count && tokens[last].End <= passage.End)
        {
            last++;
        }

        var cut = (first > 0 && tokens[first - 1].End > passage.Start) || (last < tokens.Count && tokens[last].Start < passage.End);
        return cut ? null : (first, last);
    }

    // The terms joined by spaces, written straight into a string of the right length: string.Join over a
    // projection grows its buffer again and again, and this runs for every passage of every document ingested.
    private static string Terms(IReadOnlyList<AnalyzedToken> tokens, int first, int last)
    {
        if (first >= last)
        {
            return string.Empty;
        }

        var length = last - first - 1;
        for (var i = first; i < last; i++)
        {
            length += tokens[i].Term.Length;
        }

        return string.Create(length, (tokens, first, last), static (span, state) =>
        {
            var at = 0;
            for (var i = state.first; i < state.last; i++)
            {
                if (i > state.first)
                {
                    span[at++] = ' ';
                }

                var term = state.tokens[i].Term;
                term.CopyTo(span[at..]);
                at += term.Length;
            }
        });
    }

    /// <summary>The compound parts of the tokens [first, last), joined by spaces; most words have none.</summary>
    private static string Parts(IReadOnlyList<AnalyzedToken> tokens, int first, int last)
    {
        var parts = new List<string>();
        for (var i = first; i < last; i++)
        {
            if (tokens[i].Parts.Count > 0)
            {
                parts.AddRange(tokens[i].Parts);
            }
        }

        return string.Join(' ', parts);
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
