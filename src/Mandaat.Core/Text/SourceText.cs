namespace Mandaat.Core.Text;

/// <summary>
/// What a reader returns: the document's text as its format gives it (artefacts included) and
/// where each page lies in that text. Formats without pages give one page.
/// </summary>
public sealed record SourceText(string Text, IReadOnlyList<SourcePage> Pages, string Format)
{
    /// <summary>The page that holds a source offset, or null when the format has no pages.</summary>
    public int? PageAt(int sourceOffset)
    {
        foreach (var page in Pages)
        {
            if (sourceOffset >= page.Span.Start && sourceOffset < page.Span.End)
            {
                return page.Number;
            }
        }

        return Pages.Count > 0 && sourceOffset >= Pages[^1].Span.End ? Pages[^1].Number : null;
    }

    public static SourceText SinglePage(string text, string format) =>
        new(text, [new SourcePage(1, new TextSpan(0, text.Length))], format);
}
