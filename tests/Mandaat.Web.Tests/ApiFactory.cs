using System.Globalization;
using Mandaat.Hosting;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Mandaat.Web.Tests;

/// <summary>The web app, composed and started as `serve` does, in a test server over the sample store, with a write token (or none).</summary>
public sealed class ApiFactory : IDisposable
{
    private readonly WebApplication _app;

    public ApiFactory(SampleStore store, string? token = SampleStore.Token, int searchesPerMinute = 10_000)
    {
        var settings = new Dictionary<string, string?>
        {
            [MandaatOptions.StoreSetting] = store.Path,
            [WebOptions.WriteTokenSetting] = token ?? string.Empty,
            [WebOptions.SearchesPerMinuteSetting] = searchesPerMinute.ToString(CultureInfo.InvariantCulture),
        };
        _app = MandaatWebHost.Create(settings, builder => builder.WebHost.UseTestServer());
        MandaatWebHost.StartAsync(_app, CancellationToken.None).GetAwaiter().GetResult();
    }

    public HttpClient CreateClient() => _app.GetTestClient();

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
