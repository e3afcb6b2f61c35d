using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Mandaat.Readers;

/// <summary>Walks a Word body in order and writes its paragraphs and tables into pages.</summary>
internal static class DocxBodyRenderer
{
    public static IReadOnlyList<string> Render(Body body)
    {
        var pages = new DocxPageWriter();
        WriteBlocks(body, pages);
        return pages.Finish();
    }

    // Block level: paragraphs, tables, and the containers (content controls, custom XML) that hold them.
    private static void WriteBlocks(OpenXmlElement container, DocxPageWriter pages)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    WriteParagraph(paragraph, pages);
                    break;
                case Table table:
                    WriteTable(table, pages);
                    break;
                case SectionProperties:
                    break;
                default:
                    WriteBlocks(element, pages);
                    break;
            }
        }
    }

    private static void WriteParagraph(Paragraph paragraph, DocxPageWriter pages)
    {
        if (paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value))
        {
            pages.PageBreak();
        }

        pages.Current.EndParagraph();
        WriteRuns(paragraph, pages);
        pages.Current.EndParagraph();
    }

    private static void WriteTable(Table table, DocxPageWriter pages)
    {
        pages.Current.EndParagraph();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().ToList();
            if (cells.Any(IsLayoutCell))
            {
                // Moties and brieven use tables for page layout: such a row holds whole paragraphs,
                // which keep their paragraph breaks instead of being squeezed into one row line.
                foreach (var cell in cells)
                {
                    WriteBlocks(cell, pages);
                }

                continue;
            }

            pages.Current.EndLine();
            foreach (var cell in cells)
            {
                pages.Current.AppendSeparator(" | ");
                foreach (var cellParagraph in cell.Elements<Paragraph>())
                {
                    pages.Current.RequestSpace();
                    WriteRuns(cellParagraph, pages);
                }
            }

            pages.Current.EndLine();
        }

        pages.Current.EndParagraph();
    }

    private static bool IsLayoutCell(TableCell cell) =>
        cell.Elements<Table>().Any()
        || cell.Elements<Paragraph>().Count(p => !string.IsNullOrWhiteSpace(p.InnerText)) > 1;

    // Only the runs that belong to this paragraph (not to a text box inside it), and of each run only its
    // own children: deleted text, field codes and drawings are not part of the printed line.
    private static void WriteRuns(Paragraph paragraph, DocxPageWriter pages)
    {
        foreach (var run in paragraph.Descendants<Run>())
        {
            if (run.Ancestors<Paragraph>().FirstOrDefault() != paragraph)
            {
                continue;
            }

            foreach (var part in run.ChildElements)
            {
                switch (part)
                {
                    case Text text:
                        pages.Current.Append(text.Text);
                        break;
                    case TabChar:
                        pages.Current.RequestSpace();
                        break;
                    case Break { Type.Value: var type } when type == BreakValues.Page:
                        pages.PageBreak();
                        break;
                    case Break or CarriageReturn:
                        pages.Current.EndLine();
                        break;
                    case LastRenderedPageBreak:
                        pages.PageBreak();
                        break;
                    case NoBreakHyphen:
                        pages.Current.Append("-");
                        break;
                }
            }
        }
    }
}
