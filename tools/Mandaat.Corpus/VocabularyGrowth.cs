namespace Mandaat.Corpus;

/// <summary>
/// Distinct words against running words as the corpus grows, at doubling document counts, and the exponent β
/// of Heaps' law (distinct ≈ K·words^β) fitted to them by least squares on the logarithms. Real text has β
/// about 0.4–0.7; a corpus of shuffled copies of a few texts stops growing (β near 0), which is what made a
/// process-wide cache of stems look free.
/// </summary>
public sealed record VocabularyGrowth(IReadOnlyList<VocabularyPoint> Points, double HeapsBeta)
{
    public static VocabularyGrowth Fit(IReadOnlyList<VocabularyPoint> points)
    {
        var usable = points.Where(p => p.Words > 0 && p.DistinctWords > 0).ToList();
        if (usable.Count < 2)
        {
            return new VocabularyGrowth(points, 0);
        }

        var xs = usable.Select(p => Math.Log(p.Words)).ToArray();
        var ys = usable.Select(p => Math.Log(p.DistinctWords)).ToArray();
        var meanX = xs.Average();
        var meanY = ys.Average();
        var covariance = xs.Zip(ys, (x, y) => (x - meanX) * (y - meanY)).Sum();
        var variance = xs.Sum(x => (x - meanX) * (x - meanX));
        return new VocabularyGrowth(points, variance == 0 ? 0 : covariance / variance);
    }
}

/// <summary>After <paramref name="Documents"/> documents: <paramref name="Words"/> running words, <paramref name="DistinctWords"/> of them distinct (lower-cased).</summary>
public sealed record VocabularyPoint(int Documents, long Words, long DistinctWords);
