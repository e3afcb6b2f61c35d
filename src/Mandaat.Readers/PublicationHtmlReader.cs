using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Mandaat.Core;
using Mandaat.Core.Limits;
using Mandaat.Core.Text;
using Mandaat.Readers.Limits;

namespace Mandaat.Readers;

/// <summary>
/// Reads an officielebekendmakingen publication page (or any HTML page) with AngleSharp: only the
/// main content, without scripts, navigation, header and footer. The parser builds a tree and runs
/// nothing: AngleSharp has no script engine unless one is added.
/// </summary>
public sealed class PublicationHtmlReader(DocumentLimits limits) : IDocumentReader
{
    // Where the publication text lives, most specific first: KOOP pages use div#broodtekst.stuk
    // (newer) or div.stuk (older); other pages fall back to <main>, then <body>.
    private static readonly string[] ContentSelectors =
        ["#broodtekst", ".broodtekst", "div.stuk", "#stuk", "#main-content", "main", "[role=main]", "#main", "body"];

    public PublicationHtmlReader()
        : this(DocumentLimits.Default)
    {
    }

    public string Format => "html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public Outcome<SourceText> Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return Outcome<SourceText>.Fail("empty file");
        }

        try
        {
            HtmlBounds.Check(content, limits);
        }
        catch (LimitExceededException ex)
        {
            return Outcome<SourceText>.Fail(ex.Message);
        }

        using var stream = new MemoryStream(content, writable: false);
        // The HTML parser recovers from any input, as browsers do, and detects the charset from BOM or <meta>.
        using var document = new HtmlParser().ParseDocument(stream);
        var main = MainContent(document);
        if (main is null)
        {
            return Outcome<SourceText>.Fail("no content in HTML page");
        }

        var writer = new ParagraphWriter();
        HtmlTextRenderer.Write(main, writer, 0);
        return PagedTextBuilder.RequireText(SourceText.SinglePage(writer.Finish(), Format), "no text in HTML page");
    }

    private static IElement? MainContent(IDocument document)
    {
        foreach (var selector in ContentSelectors)
        {
            var element = document.QuerySelector(selector);
            if (element is not null && !string.IsNullOrWhiteSpace(element.TextContent))
            {
                return element;
            }
        }

        return document.DocumentElement;
    }
}
