using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Mandaat.Core;
using Mandaat.Core.Limits;
using Mandaat.Core.Text;
using Mandaat.Readers.Limits;

namespace Mandaat.Readers;

/// <summary>
/// Reads officielebekendmakingen XML (root &lt;officiele-publicatie&gt;: kamerstuk, handelingen,
/// kamervragen, staatsblad) into the text its printed paper shows, starting with the paper's footer
/// line so the identifier finds dossier, number and session as it does in a PDF. One page: the XML
/// has no page breaks. Its depth and text are checked against the limits before the tree is built.
/// </summary>
public sealed partial class PublicationXmlReader(DocumentLimits limits) : IDocumentReader
{
    private const string Supported =
        "supported XML is an officielebekendmakingen publication (<officiele-publicatie> with kamerstuk, handelingen, kamervragen or staatsblad)";

    public PublicationXmlReader()
        : this(DocumentLimits.Default)
    {
    }

    public string Format => "xml";

    public IReadOnlyList<string> Extensions { get; } = [".xml"];

    public Outcome<SourceText> Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return Outcome<SourceText>.Fail("empty file");
        }

        var loaded = Load(content);
        if (!loaded.Succeeded)
        {
            return Outcome<SourceText>.Fail(loaded.Error!);
        }

        var root = loaded.Value.Root!;
        if (root.Name.LocalName != "officiele-publicatie")
        {
            return Outcome<SourceText>.Fail($"unsupported XML: root element <{root.Name.LocalName}>; {Supported}");
        }

        var text = PublicationXmlRenderer.Render(root, PublicationFooter.For(root));
        return PagedTextBuilder.RequireText(SourceText.SinglePage(text, Format), "no text in XML publication");
    }

    private Outcome<XDocument> Load(byte[] content)
    {
        // No DTDs and no resolver: a publication never needs them, and they are how XML attacks start.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
        };

        try
        {
            using (var scan = new MemoryStream(content, writable: false))
            {
                XmlBounds.Check(scan, "the XML", limits);
            }

            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return Outcome<XDocument>.Ok(XDocument.Load(reader, LoadOptions.PreserveWhitespace));
        }
        catch (XmlException ex)
        {
            return Outcome<XDocument>.Fail($"malformed XML at line {ex.LineNumber}, column {ex.LinePosition}: {OneLine(ex.Message)}");
        }
        catch (LimitExceededException ex)
        {
            return Outcome<XDocument>.Fail(ex.Message);
        }
    }

    // XmlException repeats the position at the end of its message; the reason already starts with it.
    private static string OneLine(string message) => TrailingPosition().Replace(message.ReplaceLineEndings(" "), "").Trim();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex TrailingPosition();
}
