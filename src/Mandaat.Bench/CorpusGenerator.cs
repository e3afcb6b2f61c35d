using System.Text;

namespace Mandaat.Bench;

/// <summary>
/// Writes a benchmark corpus: variants of the bundled samples with their paragraphs shuffled by a
/// seeded Random, so every document is unique (no content-hash shortcut) yet stays real Dutch text,
/// and two runs with the same size measure the same bytes.
/// </summary>
public static class CorpusGenerator
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
        return string.Join("\n\n", [paragraphs[0], .. body, $"Variant {index}."]);
    }
}
