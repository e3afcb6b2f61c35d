using Mandaat.Core;
using Mandaat.Core.Limits;
using Mandaat.Core.Text;
using Mandaat.Readers.Limits;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Mandaat.Readers;

/// <summary>
/// Reads the text layer of a PDF with PdfPig: one source page per PDF page, lines in reading order
/// separated by '\n', pages by a blank line. A PDF without any text (a scan) fails, because every later
/// stage needs words. Pages stop being read once their text passes the limit.
/// </summary>
public sealed class PdfDocumentReader(DocumentLimits limits) : IDocumentReader
{
    public PdfDocumentReader()
        : this(DocumentLimits.Default)
    {
    }

    public string Format => "pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public Outcome<SourceText> Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return Outcome<SourceText>.Fail("empty file");
        }

        try
        {
            PdfStreamBounds.Check(content, limits);
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true });
            var pages = new List<string>(document.NumberOfPages);
            long characters = 0;
            foreach (Page page in document.GetPages())
            {
                pages.Add(PdfPageText.Extract(page));
                characters += pages[^1].Length;
                if (characters > limits.MaxTextCharacters)
                {
                    return Outcome<SourceText>.Fail(DocumentLimits.Refusal(
                        $"its first {pages.Count} pages hold more than {limits.MaxTextCharacters} characters of text", DocumentLimits.TextCharactersSetting, limits.MaxTextCharacters));
                }
            }

            return PagedTextBuilder.RequireText(
                PagedTextBuilder.Build(pages, Format),
                $"no text in PDF: its {pages.Count} page(s) have no text layer (a scan needs OCR first)");
        }
        catch (LimitExceededException ex)
        {
            return Outcome<SourceText>.Fail(ex.Message);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Outcome<SourceText>.Fail("not a readable PDF: it is encrypted and needs a password");
        }
#pragma warning disable CA1031 // PdfPig throws many exception types on broken files; each one means "not a readable PDF".
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Outcome<SourceText>.Fail($"not a readable PDF: {OneLine(ex.Message)}");
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
