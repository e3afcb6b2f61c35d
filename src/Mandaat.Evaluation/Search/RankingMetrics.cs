namespace Mandaat.Evaluation.Search;

/// <summary>
/// The two figures of a ranked list against graded judgements: nDCG@10 (gain 2^grade − 1, log2 discount,
/// normalised by the best order of every judged document the corpus holds) and the reciprocal rank of the first
/// relevant document (grade 2 or more: a passing mention is not what the reader looked for).
/// </summary>
public static class RankingMetrics
{
    public const int Depth = 10;

    /// <summary>The grade from which a document counts as relevant for the reciprocal rank.</summary>
    public const int RelevantGrade = 2;

    /// <param name="ranked">The grades of the returned documents, best first (0 for unjudged ones).</param>
    /// <param name="judged">The grades of every judged document the corpus holds.</param>
    public static double NdcgAt10(IReadOnlyList<int> ranked, IEnumerable<int> judged)
    {
        var ideal = Dcg(judged.OrderDescending().ToList());
        return ideal <= 0 ? 0 : Dcg(ranked) / ideal;
    }

    public static double ReciprocalRank(IReadOnlyList<int> ranked)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i] >= RelevantGrade)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    private static double Dcg(IReadOnlyList<int> grades)
    {
        var sum = 0.0;
        for (var i = 0; i < Math.Min(Depth, grades.Count); i++)
        {
            sum += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        }

        return sum;
    }
}
