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

        WriteChildren(root, body, notes, 0);
        var text = body.Finish();
        var noteText = notes.Finish();
        return noteText.Length == 0 ? text : $"{text}\n\n{noteText}";
    }

    private static void WriteChildren(XElement element, ParagraphWriter writer, ParagraphWriter notes, int depth)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    writer.Append(text.Value);
                    break;
                case XElement child when depth >= MaxDepth:
                    writer.Append(PublicationXml.Text(child));
                    break;
                case XElement child:
                    WriteElement(child, writer, notes, depth + 1);
                    break;
            }
        }
    }

    private static void WriteElement(XElement element, ParagraphWriter writer, ParagraphWriter notes, int depth)
    {
        switch (PublicationXmlRoles.Of(element))
        {
            case PublicationXmlRole.Skip:
                return;
            case PublicationXmlRole.Note:
                notes.EndParagraph();
                WriteChildren(element, notes, notes, depth);
                notes.EndParagraph();
                return;
            case PublicationXmlRole.Block:
                writer.EndParagraph();
                WriteChildren(element, writer, notes, depth);
                writer.EndParagraph();
                return;
            case PublicationXmlRole.Line:
                writer.EndLine();
                WriteChildren(element, writer, notes, depth);
                writer.EndLine();
                return;
            case PublicationXmlRole.Cell:
                writer.AppendSeparator(" | ");
                WriteChildren(element, writer, notes, depth);
                return;
            case PublicationXmlRole.Word:
                writer.RequestSpace();
                WriteChildren(element, writer, notes, depth);
                return;
            case PublicationXmlRole.Label:
                writer.RequestSpace();
                WriteChildren(element, writer, notes, depth);
                writer.RequestSpace();
                return;
            default:
                WriteChildren(element, writer, notes, depth);
                return;
        }
    }
}
