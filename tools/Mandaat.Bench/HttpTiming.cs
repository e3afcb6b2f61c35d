using System.Diagnostics;
using System.Globalization;

namespace Mandaat.Bench;

/// <summary>Timed GETs against a served Mandaat: each the whole round trip with the body read, any non-2xx an error.</summary>
public static class HttpTiming
{
    /// <summary>One GET, in milliseconds; throws with the status and the start of the body when it fails.</summary>
    public static async Task<double> GetAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        clock.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 200)]}");
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// Up to <paramref name="rounds"/> timed GETs of one route after an untimed one, stopping early once
    /// <paramref name="budget"/> is spent but never with fewer than <see cref="MinimumSamples"/>: a page that takes
    /// a minute at 20,000 documents is measured three times rather than holding the run for twenty minutes.
    /// </summary>
    public static async Task<double[]> SampleAsync(HttpClient client, string path, int rounds, TimeSpan budget, CancellationToken cancellationToken)
    {
        await GetAsync(client, path, cancellationToken);
        var samples = new List<double>(rounds);
        var spent = Stopwatch.StartNew();
        while (samples.Count < rounds && (samples.Count < MinimumSamples || spent.Elapsed < budget))
        {
            samples.Add(await GetAsync(client, path, cancellationToken));
        }

        return [.. samples];
    }

    public const int MinimumSamples = 3;

    /// <summary>Search as a script calls it: the top 20 of /api/search.</summary>
    public static string SearchPath(string query) =>
        $"/api/search?q={Uri.EscapeDataString(query)}&limit={20.ToString(CultureInfo.InvariantCulture)}";
}
