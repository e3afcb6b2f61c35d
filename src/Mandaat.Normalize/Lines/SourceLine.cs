namespace Mandaat.Normalize.Lines;

/// <summary>
/// One physical line of the source. <see cref="ContentStart"/>/<see cref="ContentEnd"/> bound the
/// line without its leading and trailing whitespace, so offsets stay those of the source.
/// </summary>
internal sealed record SourceLine(int Index, int Start, int ContentStart, int ContentEnd, LineKind Kind, string Content)
{
    /// <summary>
    /// PDF text extraction indents the first line of each page by one space; a text line with
    /// leading whitespace therefore marks a page turn (the document's very first line aside).
    /// </summary>
    public bool HasLeadingSpace => Kind == LineKind.Text && ContentStart > Start;

    public bool IsText => Kind == LineKind.Text;

    public int Length => ContentEnd - ContentStart;
}

/// <summary>What a physical source line holds; the difference between empty and whitespace-only lines matters for double-spaced text.</summary>
internal enum LineKind
{
    Empty,
    WhitespaceOnly,
    Text,
}
