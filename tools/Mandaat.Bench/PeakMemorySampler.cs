using System.Diagnostics;

namespace Mandaat.Bench;

/// <summary>
/// Samples the process working set in the background while a stage runs. PeakWorkingSet64 alone is
/// the peak of the whole process life (corpus generation included); sampling gives the peak of the
/// measured stage.
/// </summary>
public sealed class PeakMemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public PeakMemorySampler()
    {
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(25));
            do
            {
                Sample();
            }
            while (await Next(timer));
        });
    }

    public long PeakBytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var current = process.WorkingSet64;
        long seen;
        while (current > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, current, seen) != seen)
        {
        }
    }

    private async Task<bool> Next(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
