using System.Net.Http.Json;
using System.Text.Json;
using Mandaat.Hosting;
using Mandaat.Search.Ranking;
using Mandaat.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mandaat.Web.Tests;

/// <summary>A host that holds the store already (as <c>serve</c> does) hands it to the app, which serves it and leaves it to the host.</summary>
public sealed class HostStoreTests : IDisposable
{
    private readonly SampleStore _samples = new();

    [Fact]
    public async Task The_app_serves_the_store_its_host_opened_and_leaves_it_to_the_host()
    {
        await using var store = new LazyStore(() => StoreLocation.Parse(_samples.Path).Value.OpenAsync(default));
        await store.GetAsync();
        // MANDAAT_DB names a folder that does not exist: only the host's store can answer.
        var settings = new Dictionary<string, string?> { [MandaatOptions.StoreSetting] = Path.Combine(_samples.Folder, "missing", "nowhere.db") };
        await using (var app = MandaatWebHost.Create(settings, builder =>
        {
            builder.Services.AddSingleton(store);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }))
        {
            await MandaatWebHost.StartAsync(app, default);
            var url = app.ListeningAddress()!;
            using var client = new HttpClient { BaseAddress = new Uri(url) };

            var documents = await client.GetFromJsonAsync<JsonElement>("/api/documents");

            Assert.Contains(documents.EnumerateArray(), d => d.GetProperty("id").GetString() == _samples.SampleId);
            await app.StopAsync();
        }

        var afterwards = await ((ISearchService)await store.GetAsync()).SearchAsync(new SearchRequest("militairen"), default);
        Assert.True(afterwards.Succeeded, afterwards.Error);
        Assert.NotEmpty(afterwards.Value);
    }

    public void Dispose() => _samples.Dispose();
}
