using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Mandaat.Readers;

/// <summary>
/// Writes the text of an HTML element tree: block elements and headings as paragraphs, list items
/// and table rows as lines, cells separated by " | ", &lt;br&gt; as a line break.
/// </summary>
internal static class HtmlTextRenderer
{
    // Deeper nesting than any real page: render the rest flat instead of recursing further.
    private const int MaxDepth = 200;

    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
    [
        "p", "div", "section", "article", "main", "aside", "blockquote", "pre", "address", "figure", "figcaption",
        "ul", "ol", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "details", "summary", "fieldset", "center",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose content is never shown as text, even when a page forgot to hide them.</summary>
    public static readonly FrozenSet<string> Dropped = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "iframe", "object", "embed", "svg",
        "canvas", "button", "select", "form", "head", "title", "meta", "link",
    ], StringComparer.OrdinalIgnoreCase);

    public static void Write(INode node, ParagraphWriter writer, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                writer.Append(text.Data);
            }
            else if (child is IElement element)
            {
                if (depth >= MaxDepth)
                {
                    writer.Append(element.TextContent);
                }
                else
                {
                    WriteElement(element, writer, depth + 1);
                }
            }
        }
    }

    private static void WriteElement(IElement element, ParagraphWriter writer, int depth)
    {
        var name = element.LocalName;
        if (Dropped.Contains(name))
        {
            return;
        }

        switch (name)
        {
            case "br":
                writer.EndLine();
                return;
            case "li" or "tr":
                writer.EndLine();
                Write(element, writer, depth);
                writer.EndLine();
                return;
            case "td" or "th":
                writer.AppendSeparator(" | ");
                Write(element, writer, depth);
                return;
        }

        if (Blocks.Contains(name))
        {
            writer.EndParagraph();
            Write(element, writer, depth);
            writer.EndParagraph();
        }
        else
        {
            Write(element, writer, depth);
        }
    }
}
