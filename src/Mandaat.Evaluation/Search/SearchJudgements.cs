using System.Text.Json;
using Mandaat.Core;

namespace Mandaat.Evaluation.Search;

/// <summary>
/// A graded relevance set (tests/data/search/judgements.json): the corpus folders it was judged over and, per
/// query, the grade (1–3) of each judged document, by its path from the corpus root without extension. A
/// document not listed is not relevant (grade 0).
/// </summary>
public sealed record SearchJudgements(IReadOnlyList<string> Corpus, IReadOnlyList<JudgedQuery> Queries)
{
    public static Outcome<SearchJudgements> Read(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            var corpus = root.GetProperty("corpus").EnumerateArray().Select(c => c.GetString()!).ToList();
            var queries = root.GetProperty("queries").EnumerateArray().Select(ReadQuery).ToList();
            return queries.Count == 0
                ? Outcome<SearchJudgements>.Fail($"{path} holds no queries")
                : Outcome<SearchJudgements>.Ok(new SearchJudgements(corpus, queries));
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException or UnauthorizedAccessException)
        {
            return Outcome<SearchJudgements>.Fail($"cannot read the relevance set {path}: {ex.Message}");
        }
    }

    private static JudgedQuery ReadQuery(JsonElement query) => new(
        query.GetProperty("query").GetString()!,
        query.TryGetProperty("category", out var category) ? category.GetString() ?? string.Empty : string.Empty,
        query.GetProperty("judged").EnumerateArray().ToDictionary(j => j.GetProperty("doc").GetString()!, j => j.GetProperty("grade").GetInt32(), StringComparer.Ordinal));
}

/// <summary>One query of a relevance set with the grade of each judged document (path without extension).</summary>
public sealed record JudgedQuery(string Query, string Category, IReadOnlyDictionary<string, int> Grades);
