namespace Mandaat.Bench;

/// <summary>What one <c>serve</c> child did: searches over HTTP (beside raw FTS5 timed in alternation), each route's p50/p95, the load runs and its peak memory.</summary>
public sealed record ServeRun(
    string Backend,
    bool TieredPgo,
    double SearchP50Milliseconds,
    double SearchP95Milliseconds,
    double RawSearchP50Milliseconds,
    double RawSearchP95Milliseconds,
    IReadOnlyList<RouteTimes> Routes,
    IReadOnlyList<LoadRun> Load,
    double? PeakMegabytes);

/// <summary>One route's timed GETs, one after another.</summary>
public sealed record RouteTimes(string Id, string Path, int Samples, double P50Milliseconds, double P95Milliseconds);
