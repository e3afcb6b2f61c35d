using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mandaat.Web.Tests;

/// <summary>The web app (found through any of its public types) in a test server over the sample store, with a write token (or none).</summary>
public sealed class ApiFactory(SampleStore store, string? token = SampleStore.Token, int searchesPerMinute = 10_000) : WebApplicationFactory<Hosting.WebStore>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MANDAAT_DB", store.Path);
        builder.UseSetting("MANDAAT_TOKEN", token ?? string.Empty);
        builder.UseSetting("MANDAAT_SEARCH_PER_MINUTE", searchesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
