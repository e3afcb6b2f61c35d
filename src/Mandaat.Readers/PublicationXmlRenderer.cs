using System.Xml.Linq;

namespace Mandaat.Readers;

/// <summary>
/// Writes an officielebekendmakingen publication as its printed paper reads: blocks as paragraphs,
/// list items and table rows as lines, footnotes gathered at the end. Processing instructions were
/// dropped when loading, so a word they split is whole again because its two text nodes touch.
/// </summary>
internal static class PublicationXmlRenderer
{
    // Deeper nesting than any real publication: render the rest flat instead of recursing further.
    private const int MaxDepth = 200;

    public static string Render(XElement root, string? footer)
    {
        var body = new ParagraphWriter();
        var notes = new ParagraphWriter();
        if (footer is not null)
        {
            body.AddParagraph(footer);
        }

        WriteChildren(root, body, notes, new Context(0, InLine: false));
        var text = body.Finish();
        var noteText = notes.Finish();
        return noteText.Length == 0 ? text : $"{text}\n\n{noteText}";
    }

    private static void WriteChildren(XElement element, ParagraphWriter writer, ParagraphWriter notes, Context context)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text when IsIndentation(text):
                    break;
                case XText text:
                    writer.Append(text.Value);
                    break;
                case XElement child when context.Depth >= MaxDepth:
                    writer.Append(PublicationXml.Text(child));
                    break;
                case XElement child:
                    WriteElement(child, writer, notes, context with { Depth = context.Depth + 1 });
                    break;
            }
        }
    }

    // Pretty-printing puts a line break and spaces before an element's closing tag ("voorzitter</achternaam>
    // CRLF </naam>:"); as a space it would print "De voorzitter :". Only the first and last node of an
    // element are treated so: between two inline elements whitespace still separates words.
    private static bool IsIndentation(XText text) =>
        (text.PreviousNode is null || text.NextNode is null)
        && text.Value.Contains('\n')
        && string.IsNullOrWhiteSpace(text.Value);

    private static PublicationXmlRole RoleIn(XElement element, Context context)
    {
        var role = PublicationXmlRoles.Of(element);
        // Inside a list item or table row, an <al> or other block runs on in the line ("a. een stafofficier;").
        return context.InLine && role == PublicationXmlRole.Block ? PublicationXmlRole.Word : role;
    }

    private static void WriteElement(XElement element, ParagraphWriter writer, ParagraphWriter notes, Context context)
    {
        switch (RoleIn(element, context))
        {
            case PublicationXmlRole.Skip:
                return;
            case PublicationXmlRole.Note:
                notes.EndParagraph();
                WriteChildren(element, notes, notes, context with { InLine = false });
                notes.EndParagraph();
                return;
            case PublicationXmlRole.Block:
                writer.EndParagraph();
                WriteChildren(element, writer, notes, context with { InLine = false });
                writer.EndParagraph();
                return;
            case PublicationXmlRole.Line:
                writer.EndLine();
                WriteChildren(element, writer, notes, context with { InLine = true });
                writer.EndLine();
                return;
            case PublicationXmlRole.Cell:
                writer.AppendSeparator(" | ");
                WriteChildren(element, writer, notes, context);
                return;
            case PublicationXmlRole.Word:
                writer.RequestSpace();
                WriteChildren(element, writer, notes, context);
                return;
            case PublicationXmlRole.Label:
                writer.RequestSpace();
                WriteChildren(element, writer, notes, context);
                writer.RequestSpace();
                return;
            default:
                WriteChildren(element, writer, notes, context);
                return;
        }
    }

    /// <summary>Where the walk is: nesting depth, and whether it is inside a line (list item, table row).</summary>
    private readonly record struct Context(int Depth, bool InLine);
}
