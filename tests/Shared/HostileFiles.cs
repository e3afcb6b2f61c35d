using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Mandaat.Testing;

/// <summary>
/// Hostile files made in the test, small on disk: Word packages whose XML unpacks far beyond what they
/// pack to, nests without end or holds one enormous text node, built with System.IO.Compression as an
/// attacker would build them.
/// </summary>
internal static class HostileFiles
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// A DOCX with a picture, word/media/image1.png, that unpacks to <paramref name="megabytes"/> MB of zeros
    /// (packing 1000:1): a part no XML check reads, so only its size and ratio can stop it.
    /// </summary>
    public static byte[] ZipBomb(int megabytes) => Docx(
        writer => writer.Write("<w:p><w:r><w:t>Bom.</w:t></w:r></w:p>"),
        media: stream =>
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                stream.Write(zeros);
            }
        });

    /// <summary>A DOCX whose word/document.xml unpacks to about <paramref name="megabytes"/> MB of empty paragraphs.</summary>
    public static byte[] EmptyParagraphs(int megabytes) => Docx(writer => Repeat(writer, string.Empty, "<w:p/>", megabytes), CompressionLevel.SmallestSize);

    /// <summary>A DOCX of <paramref name="paragraphs"/> different paragraphs (numbered words pack only a few times smaller).</summary>
    public static byte[] ManyParagraphs(int paragraphs) => Docx(writer =>
    {
        var random = new Random(25);
        for (var i = 0; i < paragraphs; i++)
        {
            writer.Write($"<w:p><w:r><w:t>Alinea {i} met woord {random.Next():x8} en nog {random.Next():x8}.</w:t></w:r></w:p>");
        }
    });

    /// <summary>A DOCX with one text node of <paramref name="characters"/> letters.</summary>
    public static byte[] HugeTextNode(int characters) => Docx(writer =>
    {
        writer.Write("<w:p><w:r><w:t>");
        var chunk = new string('a', 64 * 1024);
        for (var written = 0; written < characters; written += chunk.Length)
        {
            writer.Write(chunk.AsSpan(0, Math.Min(chunk.Length, characters - written)));
        }

        writer.Write("</w:t></w:r></w:p>");
    });

    /// <summary>A DOCX whose body nests <paramref name="depth"/> content controls inside each other.</summary>
    public static byte[] DeeplyNested(int depth) => Docx(writer =>
    {
        for (var i = 0; i < depth; i++)
        {
            writer.Write("<w:sdt><w:sdtContent>");
        }

        writer.Write("<w:p><w:r><w:t>Diep.</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++)
        {
            writer.Write("</w:sdtContent></w:sdt>");
        }
    });

    /// <summary>A small readable DOCX with <paramref name="extraParts"/> more parts beside its document.</summary>
    public static byte[] ManyParts(int extraParts) => Docx(writer => writer.Write("<w:p><w:r><w:t>Een brief.</w:t></w:r></w:p>"), extraParts: extraParts);

    /// <summary>An officielebekendmakingen XML whose elements nest <paramref name="depth"/> deep.</summary>
    public static byte[] DeeplyNestedXml(int depth)
    {
        var xml = new StringBuilder("<officiele-publicatie>");
        for (var i = 0; i < depth; i++)
        {
            xml.Append("<al>");
        }

        xml.Append("Diep.");
        for (var i = 0; i < depth; i++)
        {
            xml.Append("</al>");
        }

        return Encoding.UTF8.GetBytes(xml.Append("</officiele-publicatie>").ToString());
    }

    /// <summary>
    /// A one-page PDF whose text "Een brief." is followed by <paramref name="megabytes"/> MB of spaces in its
    /// Flate content stream (a few KB packed); with <paramref name="asImage"/> the same stream is an image's.
    /// </summary>
    public static byte[] FlateBombPdf(int megabytes, bool asImage = false)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write("BT /F1 12 Tf 72 712 Td (Een brief.) Tj ET\n"u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                zlib.Write(spaces);
            }
        }

        var stream = asImage
            ? $"<< /Type /XObject /Subtype /Image /Width 1024 /Height {megabytes * 1024} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length {packed.Length} /Filter /FlateDecode >>"
            : $"<< /Length {packed.Length} /Filter /FlateDecode >>";
        var contents = asImage ? "6 0 R" : "4 0 R";
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {contents} /Resources << /Font << /F1 5 0 R >> >> >>"),
            Encoding.ASCII.GetBytes(stream + "\nstream\n").Concat(packed.ToArray()).Concat("\nendstream"u8.ToArray()).ToArray(),
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        if (asImage)
        {
            const string text = "BT /F1 12 Tf 72 712 Td (Een brief.) Tj ET";
            objects.Add(Encoding.ASCII.GetBytes($"<< /Length {text.Length} >>\nstream\n{text}\nendstream"));
        }

        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }

    /// <summary>An HTML page whose divs nest <paramref name="depth"/> deep around one sentence.</summary>
    public static byte[] DeeplyNestedHtml(int depth) => Encoding.UTF8.GetBytes(
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "Een brief over de missie." + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>");

    /// <summary>A page as old sites write them: paragraphs and list items never closed, a script full of tags.</summary>
    public static byte[] SloppyHtml(int paragraphs) => Encoding.UTF8.GetBytes(
        "<html><head><script>var s = '" + string.Concat(Enumerable.Repeat("<div>", 500)) + "';</script></head><body><ul>"
        + string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"<li><p>Punt {i} van de brief over de missie.<br>"))
        + "</ul></body></html>");

    private static void Repeat(StreamWriter writer, string around, string filler, int megabytes)
    {
        writer.Write(around);
        for (long written = 0; written < megabytes * 1024L * 1024; written += filler.Length)
        {
            writer.Write(filler);
        }

        writer.Write(around);
    }

    private static byte[] Docx(Action<StreamWriter> writeBody, CompressionLevel level = CompressionLevel.Optimal, int extraParts = 0, Action<Stream>? media = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", w => w.Write(
                """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""));
            Entry(zip, "_rels/.rels", w => w.Write(
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""));
            Entry(zip, "word/document.xml", w =>
            {
                w.Write($"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{WordNamespace}"><w:body>""");
                writeBody(w);
                w.Write("</w:body></w:document>");
            }, level);
            if (media is not null)
            {
                using var picture = zip.CreateEntry("word/media/image1.png", CompressionLevel.SmallestSize).Open();
                media(picture);
            }

            for (var i = 0; i < extraParts; i++)
            {
                Entry(zip, $"customXml/item{i}.xml", w => w.Write("<item/>"));
            }
        }

        return buffer.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, Action<StreamWriter> write, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
