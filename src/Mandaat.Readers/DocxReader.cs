using DocumentFormat.OpenXml.Packaging;
using Mandaat.Core;
using Mandaat.Core.Limits;
using Mandaat.Core.Text;
using Mandaat.Readers.Limits;

namespace Mandaat.Readers;

/// <summary>
/// Reads the body of a Word (.docx) document with the Open XML SDK: paragraphs separated by blank
/// lines, table rows as lines, pages where Word put a page break (explicit or last rendered).
/// Headers, footers and text boxes are left out: they repeat or float outside the reading order.
/// The package is checked against the limits before the SDK opens it (<see cref="PackageBounds"/>).
/// </summary>
public sealed class DocxReader(DocumentLimits limits) : IDocumentReader
{
    public DocxReader()
        : this(DocumentLimits.Default)
    {
    }

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
            PackageBounds.Check(content, limits);
            using var stream = new MemoryStream(content, writable: false);
            // The SDK's own bound as well: no part it loads may hold more characters than the package may unpack to.
            using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes });
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return Outcome<SourceText>.Fail("not a readable DOCX: it has no document body");
            }

            var pages = DocxBodyRenderer.Render(body);
            return PagedTextBuilder.RequireText(PagedTextBuilder.Build(pages, Format), "no text in DOCX");
        }
        catch (LimitExceededException ex)
        {
            return Outcome<SourceText>.Fail(ex.Message);
        }
#pragma warning disable CA1031 // A broken zip or package throws several exception types; each means "not a readable DOCX".
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Outcome<SourceText>.Fail($"not a readable DOCX: {ex.Message.ReplaceLineEndings(" ").Trim()}");
        }
    }
}
