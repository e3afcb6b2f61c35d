namespace Mandaat.Search.Analysis;

/// <summary>
/// One word of a text as the index sees it: the folded, stemmed <see cref="Term"/> ("f-16", "militair",
/// "syrie"), the stemmed parts of a hyphenated compound ("anti", "isis"; empty for a plain word), and
/// where the word stands in the original text, so snippets can be cut from the words people wrote.
/// </summary>
public readonly record struct AnalyzedToken(string Term, IReadOnlyList<string> Parts, int Start, int End)
{
    public int Length => End - Start;
}
