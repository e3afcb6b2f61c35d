namespace Mandaat.Readers;

/// <summary>
/// Paragraphs of a Word document, split into pages where the document has a page break. Word writes
/// both an explicit break and a "last rendered" break at one page turn, so a break on a page that has
/// no text yet is ignored rather than making an empty page.
/// </summary>
internal sealed class DocxPageWriter
{
    private readonly List<string> _pages = [];
    private ParagraphWriter _page = new();

    public ParagraphWriter Current => _page;

    public void PageBreak()
    {
        var text = _page.Finish();
        if (text.Length == 0)
        {
            _page = new ParagraphWriter();
            return;
        }

        _pages.Add(text);
        _page = new ParagraphWriter();
    }

    public IReadOnlyList<string> Finish()
    {
        PageBreak();
        return _pages;
    }
}
