using DocumentFormat.OpenXml.Packaging;
using Mandaat.Core;
using Mandaat.Core.Text;

namespace Mandaat.Readers;

/// <summary>
/// Reads the body of a Word (.docx) document with the Open XML SDK: paragraphs separated by blank
/// lines, table rows as lines, pages where Word put a page break (explicit or last rendered).
/// Headers, footers and text boxes are left out: they repeat or float outside the reading order.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public string Format => "docx";

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public Outcome<SourceText> Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return Outcome<SourceText>.Fail("empty file");
        }

        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return Outcome<SourceText>.Fail("not a readable DOCX: it has no document body");
            }

            var pages = DocxBodyRenderer.Render(body);
            return PagedTextBuilder.RequireText(PagedTextBuilder.Build(pages, Format), "no text in DOCX");
        }
#pragma warning disable CA1031 // A broken zip or package throws several exception types; each means "not a readable DOCX".
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Outcome<SourceText>.Fail($"not a readable DOCX: {ex.Message.ReplaceLineEndings(" ").Trim()}");
        }
    }
}
