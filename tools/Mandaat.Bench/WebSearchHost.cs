using System.Globalization;
using System.Net;
using Mandaat.Hosting;
using Mandaat.Web;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mandaat.Bench;

/// <summary>
/// The real web application (Mandaat.Web, as <c>serve</c> hosts it) on Kestrel at a free loopback port
/// over the bench's SQLite file, searched with an HttpClient as a script would: GET /api/search, the
/// whole body read. What the in-process figure leaves out (Kestrel, routing, the rate limiter, JSON) is
/// exactly what this one adds.
/// </summary>
public sealed class WebSearchHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private WebSearchHost(WebApplication app, HttpClient client)
    {
        _app = app;
        _client = client;
    }

    /// <summary>Starts the server; <paramref name="searches"/> is how many requests the caller will send.</summary>
    public static async Task<WebSearchHost> StartAsync(string database, int searches, CancellationToken cancellationToken)
    {
        // The limiter stays in the path, as in production, with exactly the searches the bench sends as its
        // allowance: a bench that sends more is wrong and fails on the 429 instead of timing it.
        var settings = new Dictionary<string, string?>
        {
            [MandaatOptions.StoreSetting] = database,
            [WebOptions.SearchesPerMinuteSetting] = searches.ToString(CultureInfo.InvariantCulture),
        };
        var app = MandaatWebHost.Create(settings, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            // Kestrel's request logs would land on stdout and break --json; the bench reports its own figures.
            builder.Logging.ClearProviders();
        });

        try
        {
            await MandaatWebHost.StartAsync(app, cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var url = app.ListeningAddress()
            ?? throw new InvalidOperationException("the web server reported no address");
        return new WebSearchHost(app, new HttpClient { BaseAddress = new Uri(url) });
    }

    /// <summary>One search, body read whole; returns its length so the work cannot be skipped. Throws on any non-2xx.</summary>
    public async Task<int> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var path = $"/api/search?q={Uri.EscapeDataString(query)}&limit={limit.ToString(CultureInfo.InvariantCulture)}";
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new InvalidOperationException($"GET {path} was rate-limited (429): the bench sent more searches than it allowed the server ({WebOptions.SearchesPerMinuteSetting})");
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} failed with {(int)response.StatusCode}: {body}");
        }

        return body.Length;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
