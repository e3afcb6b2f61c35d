using System.IO.Compression;
using System.Text;
using Mandaat.Core.Limits;

namespace Mandaat.Readers.Limits;

/// <summary>
/// Inflates a PDF's Flate streams into a counter before PdfPig opens the file, and refuses the file when they
/// unpack to more than the unpacked limit. PdfPig inflates a content stream whole into memory and then
/// parses it: a 1 MB file whose one page inflates to 1 GiB cost five minutes and 2.7 GB before this check.
/// Image streams are not counted: PdfPig does not decode them to read text, and a blank scanned page
/// legitimately inflates a thousandfold. A stream that does not inflate is left to PdfPig to judge.
/// </summary>
internal static class PdfStreamBounds
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();
    private static readonly byte[] ObjectKeyword = " obj"u8.ToArray();

    /// <summary>How far before a stream its dictionary is looked for: dictionaries of text streams are short.</summary>
    private const int DictionaryWindow = 2048;

    public static void Check(byte[] pdf, DocumentLimits limits)
    {
        var budget = limits.MaxUnpackedBytes;
        long unpacked = 0;
        var discard = new byte[64 * 1024];
        var at = 0;
        while ((at = IndexOf(pdf, StreamKeyword, at)) >= 0)
        {
            var dataStart = DataStart(pdf, at + StreamKeyword.Length);
            if (dataStart < 0 || IsEndStream(pdf, at))
            {
                at += StreamKeyword.Length;
                continue;
            }

            var end = IndexOf(pdf, EndStreamKeyword, dataStart);
            var dataEnd = end < 0 ? pdf.Length : end;
            var dictionary = Dictionary(pdf, at);
            if (dictionary.Contains("/FlateDecode", StringComparison.Ordinal) && !dictionary.Contains("/Image", StringComparison.Ordinal))
            {
                unpacked += Inflated(new MemoryStream(pdf, dataStart, dataEnd - dataStart, writable: false), discard, budget - unpacked);
                if (unpacked > budget)
                {
                    throw new LimitExceededException(DocumentLimits.Refusal(
                        $"its streams unpack to more than {limits.MaxUnpackedMegabytes} MB", DocumentLimits.UnpackedMegabytesSetting, limits.MaxUnpackedMegabytes));
                }
            }

            at = dataEnd;
        }
    }

    /// <summary>Bytes the stream inflates to, counted up to one buffer past what is left of the budget.</summary>
    private static long Inflated(Stream data, byte[] discard, long left)
    {
        long total = 0;
        try
        {
            using var zlib = new ZLibStream(data, CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(discard, 0, discard.Length)) > 0)
            {
                total += read;
                if (total > left)
                {
                    break;
                }
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream: what inflated so far counts, the rest is PdfPig's to refuse or recover.
        }

        return total;
    }

    /// <summary>The data begins after the keyword's end of line (CRLF or LF); -1 when the keyword is a word in text.</summary>
    private static int DataStart(byte[] pdf, int afterKeyword)
    {
        if (afterKeyword < pdf.Length && pdf[afterKeyword] == '\r')
        {
            afterKeyword++;
        }

        return afterKeyword < pdf.Length && pdf[afterKeyword] == '\n' ? afterKeyword + 1 : -1;
    }

    private static bool IsEndStream(byte[] pdf, int keyword) =>
        keyword >= 3 && pdf[keyword - 3] == 'e' && pdf[keyword - 2] == 'n' && pdf[keyword - 1] == 'd';

    /// <summary>The text between the stream's object header (or the window's start) and its keyword.</summary>
    private static string Dictionary(byte[] pdf, int keyword)
    {
        var start = Math.Max(0, keyword - DictionaryWindow);
        var window = pdf.AsSpan(start, keyword - start);
        var header = window.LastIndexOf(ObjectKeyword);
        return Encoding.Latin1.GetString(header < 0 ? window : window[header..]);
    }

    private static int IndexOf(byte[] pdf, byte[] keyword, int from) =>
        from >= pdf.Length ? -1 : pdf.AsSpan(from).IndexOf(keyword) is var i and >= 0 ? from + i : -1;
}
