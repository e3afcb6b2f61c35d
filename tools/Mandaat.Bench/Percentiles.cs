namespace Mandaat.Bench;

/// <summary>The nearest-rank percentile: the smallest sample at or above the fraction of all samples (BENCHMARKS.md).</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> samples, double fraction)
    {
        if (samples.Count == 0)
        {
            throw new ArgumentException("no samples", nameof(samples));
        }

        var sorted = samples.Order().ToArray();
        var index = (int)Math.Ceiling(fraction * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
