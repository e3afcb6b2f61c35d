namespace Mandaat.Store.Indexing;

/// <summary>
/// One passage the search index holds for a document: its unit (document, paragraph, question), number,
/// span and text. A passage that is a slice of the document's text (a paragraph, the whole document) keeps
/// the text it is cut from and makes its own string only when asked: analysis takes its terms from the
/// whole text's (<see cref="PassageAnalysis"/>), so copying every paragraph out was wasted work.
/// </summary>
public sealed class SearchPassage
{
    private readonly string? _source;
    private string? _text;

    public SearchPassage(string unit, int number, int start, int end, string text)
    {
        (Unit, Number, Start, End, _text) = (unit, number, start, end, text);
    }

    private SearchPassage(string unit, int number, int start, int end, string source, string? text)
    {
        (Unit, Number, Start, End, _source, _text) = (unit, number, start, end, source, text);
    }

    public string Unit { get; }

    public int Number { get; }

    public int Start { get; }

    public int End { get; }

    public string Text => _text ??= _source![Start..End];

    /// <summary>The passage <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>].</summary>
    public static SearchPassage Slice(string unit, int number, string text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        return new(unit, number, start, end, text, start == 0 && end == text.Length ? text : null);
    }

    /// <summary>Whether this passage is cut from exactly <paramref name="text"/> (the same string), so its words are that text's words in its span.</summary>
    public bool IsSliceOf(string text) => ReferenceEquals(_source, text);
}
