using System.Globalization;

namespace Mandaat.Bench;

/// <summary>
/// The peak resident memory of a child process: the kernel's high-water mark (VmHWM in /proc/PID/status), which
/// counts every page the process ever held at once, managed heap, native SQLite caches and mapped code alike.
/// Read while the process lives; for a process that ends by itself the sampler reads it every
/// <see cref="Interval"/>, so at most that last stretch before the exit is missed. Other systems report null.
/// </summary>
public sealed class ChildMemory : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public ChildMemory(int pid)
    {
        _pid = pid;
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(Interval);
            do
            {
                Sample();
            }
            while (await Next(timer));
        });
    }

    /// <summary>The highest mark seen, in MB; null where /proc is not there to read.</summary>
    public double? PeakMegabytes
    {
        get
        {
            Sample();
            var peak = Interlocked.Read(ref _peak);
            return peak > 0 ? peak / (1024.0 * 1024.0) : null;
        }
    }

    /// <summary>VmHWM of a process in bytes, or 0 when it cannot be read (gone, or no /proc).</summary>
    public static long HighWaterBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    private void Sample()
    {
        var current = HighWaterBytes(_pid);
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
