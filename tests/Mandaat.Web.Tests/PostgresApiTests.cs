using System.Text.Json.Nodes;
using Mandaat.Hosting;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Store.Postgres;
using Mandaat.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mandaat.Web.Tests;

/// <summary>The API over a PostgreSQL store (the shared test server) pages, counts and filters as over SQLite.</summary>
public sealed class PostgresApiTests(SampleStore samples) : IClassFixture<SampleStore>
{
    [Fact]
    public async Task Pages_totals_and_facets_are_the_same_on_PostgreSQL()
    {
        using var database = PostgresTestDatabase.Create();
        await using (var store = new PostgresDocumentStore(database.ConnectionString))
        {
            await store.MigrateAsync(default);
            var ingest = new IngestService(DefaultPipeline.CreateProcessor(MissionCatalog.Load()), NullLogger<IngestService>.Instance);
            // The same files as the SQLite sample store: the samples and the letters written beside it.
            var files = Directory.GetFiles(samples.Folder, "*.txt").Prepend(RepoPaths.Samples).ToList();
            var report = await ingest.IngestAsync(store, files, null, default);
            Assert.Empty(report.Failed);
        }

        var settings = ApiFactory.Settings(samples);
        settings[MandaatOptions.StoreSetting] = database.ConnectionString;
        var app = MandaatWebHost.Create(settings, builder => builder.WebHost.UseTestServer());
        await MandaatWebHost.StartAsync(app, CancellationToken.None);
        try
        {
            var postgres = app.GetTestClient();
            using var factory = new ApiFactory(samples);
            var sqlite = factory.CreateClient();
            foreach (var url in new[] { "/api/documents?pageSize=200&envelope=true", "/api/documents?pageSize=2&page=2&kind=artikel100&envelope=true", "/api/search?q=militairen&pageSize=200&envelope=true", "/api/search?q=militairen&year=2016&envelope=true", "/api/commitments?status=open&envelope=true" })
            {
                var expected = JsonNode.Parse(await sqlite.GetStringAsync(new Uri(url, UriKind.Relative)))!;
                var actual = JsonNode.Parse(await postgres.GetStringAsync(new Uri(url, UriKind.Relative)))!;
                Assert.Equal((int)expected["total"]!, (int)actual["total"]!);
                Assert.Equal(Ids(expected), Ids(actual));
                if (expected["facets"] is { } facets)
                {
                    Assert.True(JsonNode.DeepEquals(facets, actual["facets"]), url);
                }
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static List<string> Ids(JsonNode page) =>
        [.. page["items"]!.AsArray().Select(i => (string)i!["id"]!).Order(StringComparer.Ordinal)];
}
