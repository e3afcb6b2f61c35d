using Mandaat.Evaluation.Search;

namespace Mandaat.Cli.SearchEvaluation;

/// <summary>
/// Judgements by file turned into grades by stored document: a stored document takes the best grade of the files
/// it was ingested from (two renditions of one paper are one document), and the ideal ranking counts only the
/// documents the store holds.
/// </summary>
public sealed class CorpusGrades(IReadOnlyDictionary<string, IReadOnlyList<string>> filesById)
{
    public int Documents => filesById.Count;

    public int GradeOf(JudgedQuery query, string id) =>
        filesById.TryGetValue(id, out var files) ? files.Select(f => query.Grades.GetValueOrDefault(f)).DefaultIfEmpty().Max() : 0;

    /// <summary>The grades of every stored document judged for the query.</summary>
    public IEnumerable<int> Judged(JudgedQuery query) =>
        filesById.Keys.Select(id => GradeOf(query, id)).Where(g => g > 0);

    public QueryScore Score(JudgedQuery query, IReadOnlyList<string> ranked)
    {
        var shown = ranked.Take(RankingMetrics.Depth).ToList();
        var grades = shown.Select(id => GradeOf(query, id)).ToList();
        return new QueryScore(query.Query, RankingMetrics.NdcgAt10(grades, Judged(query)), RankingMetrics.ReciprocalRank(grades), grades, shown);
    }
}
