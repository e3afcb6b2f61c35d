using System.Text.Json;
using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Store;

namespace Mandaat.Search.Tests;

/// <summary>
/// The five samples as hand-made documents: paragraphs split on blank lines, line-break hyphenation
/// joined, identity from the gold file. A stand-in for the pipeline so search relevance can be measured
/// before the normaliser and segmenter land; the CLI tests measure the same set through the real pipeline.
/// </summary>
internal static partial class RawSamples
{
    public static IEnumerable<ProcessedDocument> Load() =>
        Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal).Select(Load);

    private static ProcessedDocument Load(string path)
    {
        var prefix = Path.GetFileName(path)[..3];
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var paragraphs = BlankLine().Split(text)
            .Select(p => WhiteSpace().Replace(Hyphenation().Replace(p, "$1$2"), " ").Trim())
            .Where(p => p.Length > 0)
            .ToArray();
        using var gold = JsonDocument.Parse(File.ReadLines(Path.ChangeExtension(path, ".jsonl")).First());
        var kind = gold.RootElement.GetProperty("kind").GetString() is { } slug ? DocumentKind.Parse(slug) : DocumentKind.Brief;
        var date = gold.RootElement.GetProperty("date").GetString() is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
        return SearchDocuments.Make(prefix, kind, gold.RootElement.GetProperty("dossier").GetString(), date, paragraphs);
    }

    [GeneratedRegex(@"\n[ \t\u00a0]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"(\p{Ll})-[ \t]*\n[ \t]*(\p{Ll})")]
    private static partial Regex Hyphenation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
