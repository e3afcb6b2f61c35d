namespace Mandaat.Bench;

/// <summary>Everything one bench run measured; ratios are Mandaat against the raw FTS5 baseline.</summary>
public sealed record BenchFigures(
    int Documents,
    int IngestFailures,
    double CorpusMegabytes,
    double IngestMegabytesPerSecond,
    double RawMegabytesPerSecond,
    double IngestRatio,
    double SearchP50Milliseconds,
    double SearchP95Milliseconds,
    double RawSearchP50Milliseconds,
    double RawSearchP95Milliseconds,
    double SearchP95Ratio,
    int Queries,
    double PeakWorkingSetMegabytes,
    double IngestSeconds,
    double ScaledIngestSeconds,
    double ScalingRatio)
{
    public const double IngestTarget = 0.4;
    public const double MemoryTargetMegabytes = 1024;
    public const double ScalingTarget = 4.4;
    public const double SearchTarget = 1.5;

    public bool IngestMet => IngestRatio >= IngestTarget;
    public bool MemoryMet => PeakWorkingSetMegabytes <= MemoryTargetMegabytes;
    public bool ScalingMet => ScalingRatio <= ScalingTarget;
    public bool SearchMet => SearchP95Ratio <= SearchTarget;
}
