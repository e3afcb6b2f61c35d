using Mandaat.Core;
using Mandaat.Core.Text;

namespace Mandaat.Readers;

/// <summary>
/// Joins the text of pages into one source text, with a blank line between pages so that a page
/// turn also ends a paragraph, and records each page's span (separator excluded).
/// </summary>
internal static class PagedTextBuilder
{
    public const string PageSeparator = "\n\n";

    public static SourceText Build(IReadOnlyList<string> pages, string format)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<SourcePage>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            if (i > 0)
            {
                text.Append(PageSeparator);
            }

            spans.Add(new SourcePage(i + 1, new TextSpan(text.Length, pages[i].Length)));
            text.Append(pages[i]);
        }

        return new SourceText(text.ToString(), spans, format);
    }

    /// <summary>Fails when a document has no words at all: later stages cannot do anything with it.</summary>
    public static Outcome<SourceText> RequireText(SourceText text, string why) =>
        string.IsNullOrWhiteSpace(text.Text) ? Outcome<SourceText>.Fail(why) : Outcome<SourceText>.Ok(text);
}
