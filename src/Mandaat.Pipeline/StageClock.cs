using System.Diagnostics;

namespace Mandaat.Pipeline;

/// <summary>
/// Time per <see cref="IngestStage"/>, summed over every document and thread of an ingest (so with one
/// worker per core the total can exceed the wall time). Safe to add to from every worker at once. It
/// is what `bench` prints beside its ratios, so the slow stage shows without a profiler. A stage is timed
/// from outside: <see cref="Time{T, TResult}"/> wraps the step, so the pipeline's own code holds no clock.
/// </summary>
public sealed class StageClock
{
    private readonly long[] _ticks = new long[Enum.GetValues<IngestStage>().Length];

    /// <summary>Starts timing; pass the result to <see cref="Stop"/>.</summary>
    public static long Start() => Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="started"/> to the stage.</summary>
    public void Stop(IngestStage stage, long started) =>
        Interlocked.Add(ref _ticks[(int)stage], Stopwatch.GetTimestamp() - started);

    /// <summary>The step, with its time added to the stage on every call that returns.</summary>
    public Func<T, TResult> Time<T, TResult>(IngestStage stage, Func<T, TResult> step) => input =>
    {
        var started = Start();
        var result = step(input);
        Stop(stage, started);
        return result;
    };

    /// <inheritdoc cref="Time{T, TResult}"/>
    public Func<T1, T2, TResult> Time<T1, T2, TResult>(IngestStage stage, Func<T1, T2, TResult> step) => (first, second) =>
    {
        var started = Start();
        var result = step(first, second);
        Stop(stage, started);
        return result;
    };

    public TimeSpan this[IngestStage stage] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)stage]));

    /// <summary>Every stage with its time, in pipeline order.</summary>
    public IReadOnlyList<(IngestStage Stage, TimeSpan Time)> All => [.. Enum.GetValues<IngestStage>().Select(s => (s, this[s]))];
}
