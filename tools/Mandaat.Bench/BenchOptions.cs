namespace Mandaat.Bench;

/// <summary>
/// What one bench run measures: <paramref name="Documents"/> composed documents, PostgreSQL beside SQLite when
/// <paramref name="Postgres"/> names a server, the figures of an earlier run to judge the growth of pages by
/// (<paramref name="Against"/>, the JSON of <c>bench --docs 2000 --json</c>), how long each load runs, and the
/// time each route's GETs may take before it stops at <see cref="HttpTiming.MinimumSamples"/>.
/// </summary>
public sealed record BenchOptions(int Documents, string? Postgres, ReferenceRun? Against, TimeSpan LoadDuration, TimeSpan RouteBudget)
{
    /// <summary>Timed rounds of each search query (after one untimed), so a p95 rests on enough samples.</summary>
    public const int SearchRounds = 5;

    /// <summary>Timed GETs of each page or route at most, within <see cref="RouteBudget"/>.</summary>
    public const int RouteRounds = 20;

    public static readonly int[] Concurrency = [1, 8, 32];
}
