namespace Mandaat.Search.Analysis;

/// <summary>
/// How text becomes index terms. The store indexes with it and the query compiler searches with it,
/// so both sides always agree; a store is given one in its constructor.
/// </summary>
public interface ITextAnalyzer
{
    /// <summary>The terms of a text with their places in it.</summary>
    IReadOnlyList<AnalyzedToken> Analyze(string text);

    /// <summary>Lower case without diacritics: what a prefix is compared with, unstemmed.</summary>
    string Fold(string word);

    /// <summary>The stem of one folded word.</summary>
    string Stem(string foldedWord);
}

/// <summary>
/// One word of a text as the index sees it: the folded, stemmed <see cref="Term"/> ("f-16", "militair",
/// "syrie"), the stemmed parts of a hyphenated compound ("anti", "isis"; empty for a plain word), and
/// where the word stands in the original text, so snippets can be cut from the words people wrote.
/// </summary>
public readonly record struct AnalyzedToken(string Term, IReadOnlyList<string> Parts, int Start, int End)
{
    public int Length => End - Start;
}
