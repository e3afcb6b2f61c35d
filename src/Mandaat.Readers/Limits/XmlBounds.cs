using System.Xml;
using Mandaat.Core.Limits;

namespace Mandaat.Readers.Limits;

/// <summary>
/// Streams through XML before any tree is built, checking how deep it nests, how much text it holds and how
/// many elements a tree of it would take. A text node is counted in chunks and never held whole, so one node
/// of a gigabyte costs a buffer, not memory; the tree builders (XDocument, the Open XML SDK) only see XML that
/// passed. Millions of empty paragraphs hold no text but would still build a tree of gigabytes: paragraphs
/// (elements named p) count against the paragraph limit, and all elements against a multiple of it.
/// </summary>
internal static class XmlBounds
{
    /// <summary>Elements a paragraph may take with its properties, runs and their formatting (Word writes tens).</summary>
    public const int ElementsPerParagraph = 32;

    /// <summary>Throws a <see cref="LimitExceededException"/> where the XML passes a limit; returns the text characters it holds.</summary>
    /// <param name="alreadyCounted">Text characters of the same document counted in earlier parts.</param>
    public static long Check(Stream xml, string part, DocumentLimits limits, long alreadyCounted = 0)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        var buffer = new char[16 * 1024];
        var text = alreadyCounted;
        long elements = 0, paragraphs = 0;
        var maxElements = (long)limits.MaxParagraphs * ElementsPerParagraph;
        using var reader = XmlReader.Create(xml, settings);
        while (reader.Read())
        {
            if (reader.Depth > limits.MaxXmlDepth)
            {
                throw new LimitExceededException(DocumentLimits.Refusal(
                    $"{part} nests elements more than {limits.MaxXmlDepth} deep", DocumentLimits.XmlDepthSetting, limits.MaxXmlDepth));
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.LocalName == "p" && ++paragraphs > limits.MaxParagraphs)
                {
                    throw new LimitExceededException(DocumentLimits.Refusal(
                        $"{part} holds more than {limits.MaxParagraphs} paragraphs", DocumentLimits.ParagraphsSetting, limits.MaxParagraphs));
                }

                if (++elements > maxElements)
                {
                    throw new LimitExceededException(DocumentLimits.Refusal(
                        $"{part} holds more than {maxElements} XML elements, more than {limits.MaxParagraphs} paragraphs could need", DocumentLimits.ParagraphsSetting, limits.MaxParagraphs));
                }

                continue;
            }

            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace))
            {
                continue;
            }

            int read;
            while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            {
                text += read;
                if (text > limits.MaxTextCharacters)
                {
                    throw new LimitExceededException(DocumentLimits.Refusal(
                        $"{part} holds more than {limits.MaxTextCharacters} characters of text", DocumentLimits.TextCharactersSetting, limits.MaxTextCharacters));
                }
            }
        }

        return text;
    }
}
