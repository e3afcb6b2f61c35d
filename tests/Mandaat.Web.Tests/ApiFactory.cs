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
        _app = MandaatWebHost.Create(Settings(store, token, searchesPerMinute), builder => builder.WebHost.UseTestServer());
        MandaatWebHost.StartAsync(_app, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The settings of a test host over a store, as `serve` reads them from the environment.</summary>
    public static Dictionary<string, string?> Settings(SampleStore store, string? token = SampleStore.Token, int searchesPerMinute = 10_000) => new()
    {
        [MandaatOptions.StoreSetting] = store.Path,
        [WebOptions.WriteTokenSetting] = token ?? string.Empty,
        [WebOptions.SearchesPerMinuteSetting] = searchesPerMinute.ToString(CultureInfo.InvariantCulture),
    };

    public IServiceProvider Services => _app.Services;

    public HttpClient CreateClient() => _app.GetTestClient();

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
