using System.Diagnostics;

namespace Mandaat.Pipeline;

/// <summary>
/// Time per <see cref="IngestStage"/>, summed over every document and thread of an ingest (so with one
/// worker per core the total can exceed the wall time). Safe to add to from every worker at once. It
/// is what `bench` prints beside its ratios, so the slow stage shows without a profiler.
/// </summary>
public sealed class StageClock
{
    private readonly long[] _ticks = new long[Enum.GetValues<IngestStage>().Length];

    /// <summary>Starts timing; pass the result to <see cref="Stop"/>.</summary>
    public static long Start() => Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="started"/> to the stage and returns now, to start the next stage.</summary>
    public long Stop(IngestStage stage, long started)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[(int)stage], now - started);
        return now;
    }

    public TimeSpan this[IngestStage stage] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)stage]));

    /// <summary>Every stage with its time, in pipeline order.</summary>
    public IReadOnlyList<(IngestStage Stage, TimeSpan Time)> All => [.. Enum.GetValues<IngestStage>().Select(s => (s, this[s]))];
}
