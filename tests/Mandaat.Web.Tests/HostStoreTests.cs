using System.Net.Http.Json;
using System.Text.Json;
using Mandaat.Store.Sqlite;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mandaat.Web.Tests;

/// <summary>A host that opened the store itself (as <c>serve</c> does) hands it to the app, which serves it and leaves it open.</summary>
public sealed class HostStoreTests : IDisposable
{
    private readonly SampleStore _samples = new();

    [Fact]
    public async Task The_app_serves_the_store_its_host_opened_and_leaves_it_to_the_host()
    {
        await using var store = new SqliteDocumentStore(_samples.Path);
        await store.MigrateAsync(default);
        await using (var app = MandaatWeb.Create([], builder =>
        {
            // MANDAAT_DB names a folder that does not exist: only the host's store can answer.
            builder.Configuration["MANDAAT_DB"] = Path.Combine(_samples.Folder, "missing", "nowhere.db");
            builder.Services.AddSingleton(WebStore.Over(store));
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }))
        {
            await app.StartAsync();
            var url = app.ListeningAddress()!;
            using var client = new HttpClient { BaseAddress = new Uri(url) };

            var documents = await client.GetFromJsonAsync<JsonElement>("/api/documents");

            Assert.Contains(documents.EnumerateArray(), d => d.GetProperty("id").GetString() == _samples.SampleId);
            await app.StopAsync();
        }

        var afterwards = await store.SearchAsync(new Mandaat.Search.Ranking.SearchRequest("militairen"), default);
        Assert.True(afterwards.Succeeded, afterwards.Error);
        Assert.NotEmpty(afterwards.Value);
    }

    public void Dispose() => _samples.Dispose();
}
