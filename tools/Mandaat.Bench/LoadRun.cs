using System.Diagnostics;

namespace Mandaat.Bench;

/// <summary>
/// <paramref name="Clients"/> clients, each sending its next request as soon as the last one is answered, for a
/// fixed time: requests answered per second, their p50 and p99, and the requests that failed (any non-2xx,
/// a refused connection or a time-out).
/// </summary>
public sealed record LoadRun(int Clients, int Requests, int Errors, double Seconds, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds)
{
    /// <summary>
    /// Runs the load. Every client walks the same list of paths (searches and pages, interleaved) from its own
    /// starting point, so at any moment the server sees a mix, as it would from readers; no client starts a
    /// request after <paramref name="duration"/>, and the ones under way are waited for and counted.
    /// </summary>
    public static async Task<LoadRun> RunAsync(HttpClient client, IReadOnlyList<string> paths, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<double>[clients];
        var errors = new int[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(
            async () =>
            {
                latencies[c] = [];
                for (var i = c * paths.Count / clients; clock.Elapsed < duration; i++)
                {
                    try
                    {
                        latencies[c].Add(await HttpTiming.GetAsync(client, paths[i % paths.Count], cancellationToken));
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                    {
                        errors[c]++;
                    }
                }
            },
            cancellationToken)));
        clock.Stop();
        var all = latencies.SelectMany(l => l).ToArray();
        var seconds = clock.Elapsed.TotalSeconds;
        return new LoadRun(
            clients,
            all.Length,
            errors.Sum(),
            seconds,
            all.Length / seconds,
            all.Length == 0 ? 0 : Percentiles.Of(all, 0.50),
            all.Length == 0 ? 0 : Percentiles.Of(all, 0.99));
    }
}
