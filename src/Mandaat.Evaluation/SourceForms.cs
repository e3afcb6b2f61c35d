namespace Mandaat.Evaluation;

/// <summary>
/// The source form of each document of an annotated set (the official site's HTML, a PDF's text, a ministry's
/// copy …), from the set's <c>PROVENANCE.tsv</c> (a header row naming the columns <c>name</c> and
/// <c>source_form</c>). Scores per form show which kind of copy a reader still fails on.
/// </summary>
public static class SourceForms
{
    public const string FileName = "PROVENANCE.tsv";

    /// <summary>Document name (without extension) → source form; empty when the set has no provenance file.</summary>
    public static IReadOnlyDictionary<string, string> Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        var rows = File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        var header = rows.Count > 0 ? Array.IndexOf(rows[0], "source_form") : -1;
        var name = rows.Count > 0 ? Array.IndexOf(rows[0], "name") : -1;
        if (header < 0 || name < 0)
        {
            return new Dictionary<string, string>();
        }

        return rows.Skip(1)
            .Where(r => r.Length > Math.Max(header, name))
            .GroupBy(r => r[name], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[header], StringComparer.Ordinal);
    }

    /// <summary>The set's documents scored per source form; documents of no known form count as "unknown".</summary>
    public static IReadOnlyDictionary<string, EvaluationResult> ScoreByForm(IReadOnlyList<ScoredDocument> documents, IReadOnlyDictionary<string, string> forms) =>
        documents
            .GroupBy(d => forms.GetValueOrDefault(Path.GetFileNameWithoutExtension(d.Name)) ?? "unknown", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => GoldScorer.Score(g), StringComparer.Ordinal);
}
