using System.Xml.Linq;

namespace Mandaat.Readers;

/// <summary>Small look-ups on officielebekendmakingen XML, by local name because prefixes and namespaces vary.</summary>
internal static class PublicationXml
{
    public static XElement? FirstDescendant(XElement element, string localName) =>
        element.Descendants().FirstOrDefault(e => e.Name.LocalName == localName);

    /// <summary>An element's text with its whitespace collapsed, "" for none.</summary>
    public static string Text(XElement? element)
    {
        if (element is null)
        {
            return "";
        }

        var writer = new ParagraphWriter();
        writer.Append(string.Concat(element.DescendantNodes().OfType<XText>().Select(t => t.Value)));
        return writer.Finish();
    }
}
