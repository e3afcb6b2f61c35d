using System.Text.Json;

namespace Mandaat.Search.Tests;

/// <summary>One query of tests/data/search/relevance.json: the samples a reader expects (best first) and a phrase the first one's snippet shows.</summary>
internal sealed record RelevanceQuery(string Query, IReadOnlyList<string> Relevant, string Passage);

/// <summary>The relevance set and its scores: mean reciprocal rank of the first relevant document, recall of the relevant documents in the top 5.</summary>
internal static class RelevanceSet
{
    public static IReadOnlyList<RelevanceQuery> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.RelevanceSet));
        return json.RootElement.GetProperty("queries").EnumerateArray()
            .Select(q => new RelevanceQuery(
                q.GetProperty("query").GetString()!,
                q.GetProperty("relevant").EnumerateArray().Select(r => r.GetString()!).ToList(),
                q.GetProperty("passage").GetString()!))
            .ToList();
    }

    /// <summary>Scores ranked sample prefixes per query; also counts queries whose first relevant hit shows the expected passage.</summary>
    public static (double Mrr, double RecallAt5, double Passages, List<string> Misses) Score(IReadOnlyList<RelevanceQuery> queries, Func<RelevanceQuery, IReadOnlyList<(string Sample, string Snippet)>> search)
    {
        double mrr = 0, recall = 0, passages = 0;
        var misses = new List<string>();
        foreach (var query in queries)
        {
            var hits = search(query);
            var rank = hits.ToList().FindIndex(h => query.Relevant.Contains(h.Sample));
            mrr += rank < 0 ? 0 : 1.0 / (rank + 1);
            recall += (double)hits.Take(5).Count(h => query.Relevant.Contains(h.Sample)) / query.Relevant.Count;
            var shows = rank >= 0 && hits[rank].Snippet.Replace("**", string.Empty, StringComparison.Ordinal).Contains(query.Passage, StringComparison.OrdinalIgnoreCase);
            passages += shows ? 1 : 0;
            if (rank != 0 || !shows)
            {
                misses.Add($"{query.Query}: first relevant at {rank + 1}, got [{string.Join(", ", hits.Select(h => h.Sample))}]{(shows ? string.Empty : " passage not shown")}");
            }
        }

        return (mrr / queries.Count, recall / queries.Count, passages / queries.Count, misses);
    }
}
