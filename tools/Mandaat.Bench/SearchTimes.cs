namespace Mandaat.Bench;

/// <summary>One side's search times over all queries and rounds, and how many queries found anything (a broken index finds nothing).</summary>
public sealed record SearchTimes(string Side, IReadOnlyList<double> Milliseconds, int QueriesWithHits)
{
    public double P50 => Percentiles.Of([.. Milliseconds], 0.50);

    public double P95 => Percentiles.Of([.. Milliseconds], 0.95);
}
