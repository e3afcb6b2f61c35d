using System.Diagnostics;

namespace Mandaat.RegisterCost;

/// <summary>Wall-clock medians of repeated calls, in milliseconds; the first call of each is a warm-up and not counted.</summary>
public static class Time
{
    public static async Task<double> OnceAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    public static async Task<double> MedianAsync<T>(int runs, Func<Task<T>> action)
    {
        await action();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(await action());
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(runs / 2);
    }

    public static Task<double> HttpAsync(int runs, HttpClient client, string path) =>
        MedianAsync(runs, async () =>
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode ? body.Length : throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        });
}
