using Mandaat.Core;
using Mandaat.Core.Limits;
using Mandaat.Core.Text;

namespace Mandaat.Readers;

/// <summary>
/// Reads plain text in any of the encodings Dutch government text files come in. A form feed marks a
/// page turn (pdftotext writes one per page); without one the file is a single page. Its characters are
/// counted before the text is made, so a text beyond the limit never takes its memory.
/// </summary>
public sealed class PlainTextReader(DocumentLimits limits) : IDocumentReader
{
    public PlainTextReader()
        : this(DocumentLimits.Default)
    {
    }

    public string Format => "txt";

    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public Outcome<SourceText> Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return Outcome<SourceText>.Fail("empty file");
        }

        var (encoding, bomLength) = TextEncodingDetector.Detect(content);
        string text;
        try
        {
            var characters = encoding.GetCharCount(content, bomLength, content.Length - bomLength);
            if (characters > limits.MaxTextCharacters)
            {
                return Outcome<SourceText>.Fail(DocumentLimits.Refusal(
                    $"its text of {characters} characters is longer than {limits.MaxTextCharacters}", DocumentLimits.TextCharactersSetting, limits.MaxTextCharacters));
            }

            text = encoding.GetString(content, bomLength, content.Length - bomLength);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            // Only reachable for a UTF-8 BOM followed by bytes that are not UTF-8.
            return Outcome<SourceText>.Fail($"not readable as {encoding.WebName} text: {ex.Message}");
        }

        // Line ends are not part of what was printed; later stages work with '\n' only.
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var pages = text.Split('\f');
        return PagedTextBuilder.RequireText(BuildPages(text, pages), "no text in file (only whitespace)");
    }

    // Pages keep the form feed in the text (it is the source), each page's span excludes it.
    private SourceText BuildPages(string text, string[] pages)
    {
        var spans = new List<SourcePage>(pages.Length);
        var start = 0;
        for (var i = 0; i < pages.Length; i++)
        {
            spans.Add(new SourcePage(i + 1, new TextSpan(start, pages[i].Length)));
            start += pages[i].Length + 1;
        }

        // pdftotext ends its output with a form feed: that is no page of its own.
        if (spans.Count > 1 && spans[^1].Span.Length == 0)
        {
            spans.RemoveAt(spans.Count - 1);
        }

        return new SourceText(text, spans, Format);
    }
}
