using System.Text;
using System.Text.Unicode;

namespace Mandaat.Readers;

/// <summary>
/// Decides how the bytes of a plain-text file are encoded: a byte order mark wins; else the pattern
/// of zero bytes betrays BOM-less UTF-16 (Latin text has a zero in every other byte); else strict
/// UTF-8 validation; what is not valid UTF-8 is taken as Windows-1252, the encoding of older Dutch
/// government text files ("Syrië", "financiën", "€").
/// </summary>
internal static class TextEncodingDetector
{
    // How many leading bytes the zero-byte test looks at; enough to be sure, cheap on big files.
    private const int SampleSize = 4096;

    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Windows1252 { get; } = CreateWindows1252();

    /// <summary>The encoding and the length of the byte order mark to skip.</summary>
    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8Strict, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        var utf16 = DetectBomlessUtf16(bytes);
        if (utf16 is not null)
        {
            return (utf16, 0);
        }

        return Utf8.IsValid(bytes) ? (Utf8Strict, 0) : (Windows1252, 0);
    }

    private static Encoding? DetectBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleSize)];
        var pairs = sample.Length / 2;
        if (pairs == 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        // Mostly-ASCII UTF-16 has a zero high byte in nearly every pair and almost never a zero low byte.
        var many = pairs * 0.4;
        var few = pairs * 0.05;
        if (oddZeros >= many && evenZeros <= few)
        {
            return Encoding.Unicode;
        }

        return evenZeros >= many && oddZeros <= few ? Encoding.BigEndianUnicode : null;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
