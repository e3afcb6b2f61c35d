using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mandaat.Bench;

/// <summary>
/// Writes a benchmark corpus: variants of the bundled samples with their paragraphs shuffled by a
/// seeded Random, so every document is unique (no content-hash shortcut) yet stays real Dutch text,
/// and two runs with the same size measure the same bytes. Each variant of a numbered Kamerstuk gets a
/// number of its own in its footers, so it is stored as a document of its own: with the sample's number
/// kept, all its variants were one paper in several renditions, and Mandaat stored and indexed 803 of
/// 2,000 documents while the raw baseline indexed all of them.
/// </summary>
public static partial class CorpusGenerator
{
    /// <summary>Writes about <paramref name="documents"/> files into a new folder under <paramref name="root"/>.</summary>
    public static Corpus Generate(string samplesFolder, int documents, string root, int seed = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documents, 1);
        var samples = Directory.GetFiles(samplesFolder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (samples.Length == 0)
        {
            throw new InvalidOperationException($"no samples (*.txt) in {samplesFolder}");
        }

        var folder = Directory.CreateDirectory(Path.Combine(root, $"corpus-{documents}")).FullName;
        var random = new Random(seed);
        var paths = new List<string>(documents);
        long bytes = 0;
        for (var i = 0; i < documents; i++)
        {
            var sample = samples[i % samples.Length];
            var text = Variant(File.ReadAllText(sample), random, i);
            var path = Path.Combine(folder, $"{i:D6}_{Path.GetFileName(sample)}");
            var content = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
            paths.Add(path);
        }

        return new Corpus(folder, paths, bytes);
    }

    private static string Variant(string text, Random random, int index)
    {
        var paragraphs = text.Split("\n\n");
        // The first paragraph carries the header the identifier reads; keep it first so each variant still identifies.
        var body = paragraphs.Skip(1).ToArray();
        random.Shuffle(body);
        // A variant marker guarantees uniqueness even for a sample with one paragraph.
        return OwnNumber(string.Join("\n\n", [paragraphs[0], .. body, $"Variant {index}."]), index);
    }

    /// <summary>Renumbers the paper in its footer lines ("Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 607 2"); five digits at most, as the identifier reads them.</summary>
    private static string OwnNumber(string text, int index) =>
        FooterNumber().Replace(text, m => m.Groups["head"].Value + (10000 + (index % 90000)).ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<head>[ \t]*(?:Tweede|Eerste) Kamer, vergaderjaar [^\n]*?, nr\.[ \t]*)\d{1,5}", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FooterNumber();
}
