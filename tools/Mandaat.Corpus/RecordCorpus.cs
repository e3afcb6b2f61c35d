using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mandaat.Corpus;

/// <summary>
/// Composes the bench corpus from the real record (<see cref="RecordSources"/>): each document opens with the
/// head of one real paper and goes on with real paragraphs drawn from all of them, so no document is a
/// shuffled copy of another. Each gets a number of its own wherever a paper number is printed (so it is
/// stored as a paper of its own, not as a rendition of another) and a date of its own in its head.
/// <para>
/// The real corpus is some hundreds of kilobytes, so words alone would stop being new after a few hundred
/// documents. New words keep coming the way they do in Dutch: about one content word in
/// <see cref="CompoundEvery"/> becomes a compound with a modifier drawn from the corpus by its frequency, so
/// frequent compounds recur and rare ones are new — distinct words grow sublinearly with running words, as
/// Heaps' law describes real text. <see cref="ComposedCorpus.Vocabulary"/> reports the growth measured on the
/// documents written, so the claim is checked on every run.
/// </para>
/// </summary>
public static partial class RecordCorpus
{
    /// <summary>One in so many content words (five letters or more) is compounded.</summary>
    public const int CompoundEvery = 40;

    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>The median number of paragraphs after a document's head: some 15 KB, a letter of middling length.</summary>
    public const int BenchParagraphs = 60;

    /// <summary>
    /// Writes <paramref name="documents"/> files into a new folder under <paramref name="root"/>; the same seed and
    /// <paramref name="medianParagraphs"/> write the same bytes. Fewer paragraphs make a corpus as many papers as
    /// cheaper to ingest (the browser tests' store); the bench keeps <see cref="BenchParagraphs"/>.
    /// </summary>
    public static ComposedCorpus Compose(IReadOnlyList<string> sources, int documents, string root, int seed = 26, int medianParagraphs = BenchParagraphs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documents, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(medianParagraphs, 1);
        if (sources.Count == 0)
        {
            throw new InvalidOperationException("no real texts (*.txt) to compose the corpus from");
        }

        var heads = new List<string>();
        var paragraphs = new List<string>();
        foreach (var source in sources)
        {
            var parts = ParagraphBreak().Split(File.ReadAllText(source).Replace("\r\n", "\n", StringComparison.Ordinal))
                .Select(p => p.Trim('\n'))
                .Where(p => !string.IsNullOrWhiteSpace(p))
                .ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            // Only a head that prints a paper number opens a document: each document gets its own number there,
            // and a head identified by anything else (a Handelingen item) would make its documents renditions of one.
            var head = string.Join("\n\n", parts.Take(2));
            if (PaperNumber().IsMatch(head))
            {
                heads.Add(head);
            }

            paragraphs.AddRange(parts.Skip(2));
        }

        // Every occurrence of a content word once: drawing from it draws words by their frequency.
        var modifiers = paragraphs.SelectMany(p => ContentWord().Matches(p).Select(m => m.Value)).ToArray();
        if (heads.Count == 0 || paragraphs.Count == 0 || modifiers.Length == 0)
        {
            throw new InvalidOperationException("the real texts hold no numbered paper or no paragraphs to compose the corpus from");
        }

        var folder = Directory.CreateDirectory(Path.Combine(root, $"corpus-{documents}")).FullName;
        var random = new Random(seed);
        var files = new List<string>(documents);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var points = new List<VocabularyPoint>();
        long bytes = 0, words = 0;
        for (var i = 0; i < documents; i++)
        {
            var text = Document(i, medianParagraphs, heads, paragraphs, modifiers, random);
            var content = Encoding.UTF8.GetBytes(text);
            var path = Path.Combine(folder, $"{i:D6}.txt");
            File.WriteAllBytes(path, content);
            files.Add(path);
            bytes += content.Length;
            foreach (var match in Word().EnumerateMatches(text))
            {
                words++;
                vocabulary.Add(text.Substring(match.Index, match.Length).ToLowerInvariant());
            }

            var written = i + 1;
            if (written == documents || (written >= 10 && (written & (written - 1)) == 0))
            {
                points.Add(new VocabularyPoint(written, words, vocabulary.Count));
            }
        }

        return new ComposedCorpus(folder, files, bytes, sources.Count, VocabularyGrowth.Fit(points));
    }

    private static string Document(int index, int medianParagraphs, List<string> heads, List<string> paragraphs, string[] modifiers, Random random)
    {
        // Lengths spread like papers do, a short notice to a long letter, around the median (the bench's 60 is some 15 KB).
        var length = (int)Math.Clamp(Math.Exp(Math.Log(medianParagraphs) + (0.8 * Gaussian(random))), 3, 10 * medianParagraphs);
        var text = new StringBuilder(heads[random.Next(heads.Count)]);
        for (var p = 0; p < length; p++)
        {
            text.Append("\n\n").Append(Compounded(paragraphs[random.Next(paragraphs.Count)], modifiers, random));
        }

        return OwnIdentity(text.ToString(), index, random);
    }

    private static string Compounded(string paragraph, string[] modifiers, Random random) =>
        ContentWord().Replace(paragraph, m => random.Next(CompoundEvery) == 0 ? modifiers[random.Next(modifiers.Length)] + m.Value : m.Value);

    /// <summary>Its own paper number wherever one is printed, its own document number, and its own date in the head.</summary>
    private static string OwnIdentity(string text, int index, Random random)
    {
        var number = (10000 + (index % 90000)).ToString(CultureInfo.InvariantCulture);
        text = PaperNumber().Replace(text, m => m.Groups["head"].Value + number);
        text = DocumentNumber().Replace(text, _ => "2026D" + (index % 100000).ToString("D5", CultureInfo.InvariantCulture));
        var date = $"{1 + random.Next(28)} {Months[random.Next(12)]} {1995 + random.Next(31)}";
        var first = true;
        return DutchDate().Replace(text, m =>
        {
            var own = first;
            first = false;
            return own ? date : m.Value;
        });
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\b\p{Ll}{5,}\b")]
    private static partial Regex ContentWord();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<head>\b[Nn]r\.[ \t]*)\d{1,5}\b")]
    private static partial Regex PaperNumber();

    [GeneratedRegex(@"\b(?:19|20)\d\d[Dd]\d{5}\b")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (?:19|20)\d\d\b")]
    private static partial Regex DutchDate();
}
