namespace Mandaat.Bench;

/// <summary>One timed <c>mandaat ingest</c> of the corpus in a fresh process: what it stored and refused, how long it took, its peak memory, the store's size.</summary>
public sealed record IngestRun(
    string Backend,
    int Ingested,
    int Updated,
    int Unchanged,
    int Failed,
    IReadOnlyList<string> Failures,
    double Seconds,
    double MegabytesPerSecond,
    double? PeakMegabytes,
    double StoreMegabytes);
