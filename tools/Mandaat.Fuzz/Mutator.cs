using System.IO.Compression;
using System.Text;

namespace Mandaat.Fuzz;

/// <summary>
/// Makes a new input from a corpus entry: byte-level edits (flip, set, insert, delete, repeat a range, splice with
/// another entry, cut short) and the tokens each format is built of (XML and HTML markup and entities, PDF
/// objects, the query language's operators). A DOCX is a zip whose entries are checked by CRC, so a byte edit
/// mostly stops at the zip: half the time one of its XML parts is edited instead and the zip written again.
/// </summary>
public sealed class Mutator(Random random)
{
    private static readonly Dictionary<string, string[]> Tokens = new(StringComparer.Ordinal)
    {
        ["xml"] = ["<", ">", "</", "/>", "&amp;", "&#x0;", "&#65535;", "<!DOCTYPE x [<!ENTITY e \"ee\">]>", "&e;", "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "<al>", "<titel>", "<kamerstuk>", "<dossiernummer>27925</dossiernummer>", "xmlns=\"\"", "\u0000", "\uFEFF"],
        ["pdf"] = ["obj", "endobj", "stream\n", "\nendstream", "/Length 99999999", "xref", "trailer", "<<", ">>", "/Filter /FlateDecode", "/Type /Page", "%%EOF", "startxref", "/Encrypt", "(", ")", "\\", "9999999999", "-1"],
        ["query"] = ["\"", "(", ")", " OR ", " AND ", " -", "*", "kind:", "vraag:", "dossier:", "van:", "tot:", "NOT ", "\\", "\u0000", "ä", "ij", "  ", "2024-02-30"],
        ["txt"] = ["\n", "\r\n", "\f", "\u0000", "\uFEFF", "Tweede Kamer der Staten-Generaal", "Vergaderjaar 2023–2024", "27 925", "Nr. 607", "BRIEF VAN DE MINISTER", "1.", "Vraag 1", "Antwoord", "€ 12,5 miljoen", "\u001b[31m", "-\n"],
    };

    public byte[] Mutate(byte[] input, string target, IReadOnlyList<byte[]> corpus)
    {
        if (target == "docx" && random.Next(2) == 0 && TryMutateZipPart(input, out var zip))
        {
            return zip;
        }

        var data = new List<byte>(input);
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            MutateOnce(data, target, corpus);
        }

        return [.. data];
    }

    private void MutateOnce(List<byte> data, string target, IReadOnlyList<byte[]> corpus)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count);
        switch (random.Next(8))
        {
            case 0 when data.Count > 0:
                data[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[at] = (byte)random.Next(256);
                break;
            case 2:
                data.InsertRange(at, Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)));
                break;
            case 3 when data.Count > 1:
                data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(Math.Max(1, data.Count / 8))));
                break;
            case 4 when data.Count > 1:
                // A repeated range: deep nesting, long words, many paragraphs.
                var length = Math.Min(data.Count - at, 1 + random.Next(64));
                var range = data.GetRange(at, length);
                for (var n = 1 + random.Next(64); n > 0; n--)
                {
                    data.InsertRange(at, range);
                }

                break;
            case 5 when corpus.Count > 0:
                var other = corpus[random.Next(corpus.Count)];
                var from = random.Next(other.Length);
                data.InsertRange(at, other.Skip(from).Take(1 + random.Next(Math.Max(1, other.Length - from))));
                break;
            case 6 when data.Count > 1:
                data.RemoveRange(at, data.Count - at);
                break;
            default:
                var tokens = Tokens.GetValueOrDefault(target is "html" or "docx" ? "xml" : target) ?? Tokens["txt"];
                data.InsertRange(at, Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)]));
                break;
        }
    }

    private bool TryMutateZipPart(byte[] input, out byte[] output)
    {
        output = input;
        try
        {
            using var source = new ZipArchive(new MemoryStream(input), ZipArchiveMode.Read);
            var parts = source.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
            if (parts.Count == 0)
            {
                return false;
            }

            var chosen = parts[random.Next(parts.Count)].FullName;
            var result = new MemoryStream();
            using (var target = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in source.Entries)
                {
                    using var read = entry.Open();
                    var bytes = new MemoryStream();
                    read.CopyTo(bytes);
                    var content = entry.FullName == chosen ? Mutate(bytes.ToArray(), "xml", []) : bytes.ToArray();
                    using var write = target.CreateEntry(entry.FullName).Open();
                    write.Write(content);
                }
            }

            output = result.ToArray();
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
