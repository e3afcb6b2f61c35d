using System.IO.Compression;
using Mandaat.Core.Limits;

namespace Mandaat.Readers.Limits;

/// <summary>
/// Checks a zip package (DOCX) before the Open XML SDK opens it: how many parts it has, how far each part
/// unpacks, in total and against its packed size, and the depth and text of every XML part. Each part is
/// unpacked once here into nothing but a count, so a bomb costs a buffer and a moment, never the memory.
/// </summary>
internal static class PackageBounds
{
    public static void Check(byte[] content, DocumentLimits limits)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > limits.MaxEntries)
        {
            throw new LimitExceededException(DocumentLimits.Refusal(
                $"it holds {zip.Entries.Count} parts, more than {limits.MaxEntries}", DocumentLimits.EntriesSetting, limits.MaxEntries));
        }

        long unpacked = 0, text = 0;
        var drain = new byte[64 * 1024];
        foreach (var entry in zip.Entries)
        {
            using var stream = new BoundedReadStream(entry.Open(), entry.FullName, entry.CompressedLength, limits.MaxUnpackedBytes - unpacked, limits);
            if (IsXml(entry.FullName))
            {
                text = XmlBounds.Check(stream, entry.FullName, limits, text);
            }

            // What the XML reader left (after the root), or the whole of a picture, is counted too.
            while (stream.Read(drain, 0, drain.Length) > 0)
            {
            }

            unpacked += stream.BytesRead;
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
