using System.Net.Http.Json;
using System.Text.Json;
using Mandaat.Pipeline;
using Mandaat.Store;
using Mandaat.Web;
using Mandaat.Web.Api;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mandaat.Hosting.Tests;

/// <summary>The composition root builds what every command and the web server take, and those services work on a real store.</summary>
public sealed class CompositionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-hosting-").FullName;

    private string Database => Path.Combine(_folder, "mandaat.db");

    private Dictionary<string, string?> Settings => new() { [MandaatOptions.StoreSetting] = Database };

    [Fact]
    public async Task Every_service_a_command_takes_is_built_and_ingests_into_the_store_of_the_settings()
    {
        await using var services = MandaatServices.Build(Settings);

        var processor = services.GetRequiredService<DocumentProcessor>();
        var ingest = services.GetRequiredService<IngestService>();
        Assert.Equal(Database, services.GetRequiredService<StoreLocation>().Address);
        Assert.NotNull(services.GetRequiredService<IOptions<WebOptions>>().Value);
        // The store is opened when a command first asks for it: one that needs none leaves no file behind.
        Assert.False(File.Exists(Database));

        var store = await services.GetRequiredService<LazyStore>().GetAsync();
        var report = await ingest.IngestAsync(store, [RepoPaths.Samples], null, default);

        Assert.Empty(report.Failed);
        Assert.Equal(5, report.Ingested.Count);
        Assert.Equal(report.Ingested.Select(d => d.Id).Order(StringComparer.Ordinal), (await store.ListAsync(DocumentFilter.None, default)).Select(d => d.Id).Order(StringComparer.Ordinal));
        var sample = Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal).First();
        Assert.True(processor.Process(File.ReadAllBytes(sample), sample).Succeeded);
    }

    [Fact]
    public async Task The_web_host_runs_on_the_same_services_and_opens_the_store_before_it_listens()
    {
        await using var app = MandaatWebHost.Create(Settings, builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));

        await MandaatWebHost.StartAsync(app, default);

        Assert.True(File.Exists(Database));
        Assert.NotNull(app.Services.GetRequiredService<Upload>());
        Assert.False(app.Services.GetRequiredService<WriteToken>().Configured);
        using var client = new HttpClient { BaseAddress = new Uri(app.ListeningAddress()!) };
        Assert.Equal(JsonValueKind.Array, (await client.GetFromJsonAsync<JsonElement>("/api/documents")).ValueKind);
        await app.StopAsync();
    }

    [Fact]
    public void The_web_host_with_a_wrong_setting_fails_before_it_is_built_and_opens_nothing()
    {
        var settings = Settings;
        settings[WebOptions.UploadMegabytesSetting] = "0";

        var error = Assert.Throws<OptionsValidationException>(() => MandaatWebHost.Create(settings));

        Assert.StartsWith("MANDAAT_UPLOAD_MB is 0", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
