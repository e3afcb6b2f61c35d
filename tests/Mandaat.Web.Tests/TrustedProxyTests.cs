using System.Net;
using Mandaat.Hosting;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Mandaat.Web.Tests;

/// <summary>
/// The search limit behind a reverse proxy, over real HTTP (Kestrel on loopback): X-Forwarded-For names the client
/// only when the peer is a trusted proxy (MANDAAT_TRUSTED_PROXIES), else every client of the peer shares its limit.
/// </summary>
public sealed class TrustedProxyTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private async Task<List<HttpStatusCode>> SearchAsAsync(string? trusted, params string[] clients)
    {
        var settings = ApiFactory.Settings(samples, searchesPerMinute: 2);
        settings[WebOptions.TrustedProxiesSetting] = trusted;
        var app = MandaatWebHost.Create(settings, builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
        await MandaatWebHost.StartAsync(app, CancellationToken.None);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.ListeningAddress()!) };
            var codes = new List<HttpStatusCode>();
            foreach (var client in clients)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=missie");
                request.Headers.Add("X-Forwarded-For", client);
                codes.Add((await http.SendAsync(request)).StatusCode);
            }

            return codes;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit()
    {
        var codes = await SearchAsAsync("127.0.0.1", "203.0.113.1", "203.0.113.1", "203.0.113.1", "203.0.113.2");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], codes);
    }

    [Fact]
    public async Task From_an_untrusted_peer_the_forwarded_address_is_ignored()
    {
        var codes = await SearchAsAsync(null, "203.0.113.1", "203.0.113.2", "203.0.113.3");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
        codes = await SearchAsAsync("10.0.0.0/8", "203.0.113.1", "203.0.113.2", "203.0.113.3");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task A_setting_that_names_no_address_stops_the_server_with_its_name()
    {
        var settings = ApiFactory.Settings(samples);
        settings[WebOptions.TrustedProxiesSetting] = "proxy.example.nl";
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            var app = MandaatWebHost.Create(settings, builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
            await using (app)
            {
                await MandaatWebHost.StartAsync(app, CancellationToken.None);
                await app.StopAsync();
            }
        });
        Assert.Contains(WebOptions.TrustedProxiesSetting, failure.Message, StringComparison.Ordinal);
    }
}
