using System.Xml;
using System.Xml.Linq;

namespace Mandaat.Import;

/// <summary>XML from a source, read without DTDs or external entities; malformed XML is the source's fault, said as such.</summary>
public static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64L * 1024 * 1024 };

    public static XDocument Parse(byte[] content, Uri address)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var stream = new MemoryStream(content);
            using var reader = XmlReader.Create(stream, Settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new SourceException($"{address} is not readable XML: {ex.Message}", ex);
        }
    }

    /// <summary>The text of the first descendant with this local name, whatever its namespace or prefix (FORMATS.md: match by local name).</summary>
    public static string? First(XContainer container, string localName)
    {
        ArgumentNullException.ThrowIfNull(container);
        return container.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim() is { Length: > 0 } value ? value : null;
    }
}
