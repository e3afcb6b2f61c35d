using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Mandaat.Contract;
using Mandaat.Core.Paging;
using Mandaat.Hosting;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Testing;
using Mandaat.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mandaat.Web.Tests;

/// <summary>
/// The register's answers kept per state (<c>/api/missions</c> serialised once, the commitments' lists once per filter)
/// answer over real HTTP what a fresh register reading the store answers, after another store object (another
/// process) saves a paper and removes it again, on both backends; <c>/api/missions</c> carries an ETag that a client
/// may send back for a 304 until the store changes.
/// </summary>
public sealed class RegisterAnswersPerStateTests
{
    private static readonly MissionCatalog Catalog = MissionCatalog.Load();

    [Fact]
    public async Task Kept_answers_equal_a_fresh_reading_after_another_store_object_writes_on_SQLite()
    {
        var folder = Directory.CreateTempSubdirectory("mandaat-per-state-").FullName;
        try
        {
            await AnswersFollowTheStoreAsync(Path.Combine(folder, "mandaat.db"), folder);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Kept_answers_equal_a_fresh_reading_after_another_store_object_writes_on_PostgreSQL()
    {
        using var database = PostgresTestDatabase.Create();
        var folder = Directory.CreateTempSubdirectory("mandaat-per-state-").FullName;
        try
        {
            await AnswersFollowTheStoreAsync(database.ConnectionString, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task AnswersFollowTheStoreAsync(string address, string folder)
    {
        var location = StoreLocation.Parse(address).Value;
        await IngestAsync(location, RepoPaths.Samples);
        var settings = new Dictionary<string, string?> { [MandaatOptions.StoreSetting] = address };
        await using var app = MandaatWebHost.Create(settings, builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
        await MandaatWebHost.StartAsync(app, default);
        using var client = new HttpClient { BaseAddress = new Uri(app.ListeningAddress()!) };

        var before = await AssertAsFreshAsync(client, location);
        var missions = await client.GetAsync(new Uri("/api/missions", UriKind.Relative));
        var tag = missions.Headers.ETag ?? throw new InvalidOperationException("/api/missions sent no ETag");
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(client, "/api/missions", tag)).StatusCode);

        // Another process stores a letter on the anti-ISIS contribution: every kept answer is made again.
        var letter = Path.Combine(folder, "verwijzing.txt");
        await File.WriteAllTextAsync(letter, SampleStore.CitingLetter);
        await IngestAsync(location, letter);
        var added = await AssertAsFreshAsync(client, location);
        Assert.Contains(SampleStore.CitingId, added, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleStore.CitingId, before, StringComparison.Ordinal);
        var changed = await SendAsync(client, "/api/missions", tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);

        // And removes it again: the answers are the first ones, byte for byte.
        await using (var other = await location.OpenAsync(default))
        {
            Assert.True(await other.DeleteAsync(SampleStore.CitingId, default));
        }

        Assert.Equal(before, await AssertAsFreshAsync(client, location));
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(client, "/api/missions", tag)).StatusCode);
        await app.StopAsync();
    }

    // Each kept answer against the same page made from a register and a tracker that have read nothing yet; the
    // answers joined, to compare states.
    private static async Task<string> AssertAsFreshAsync(HttpClient client, StoreLocation location)
    {
        await using var store = await location.OpenAsync(default);
        var missions = await new MissionRegister(Catalog).ListAsync(store, default);
        var tracker = new CommitmentTracker(Catalog);
        var expected = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["/api/missions"] = PageJson<object>.From(new PageRequest(1, 200).Apply(missions), RegisterJson.Summary).Items,
            ["/api/missions?envelope=true&pageSize=1&page=2"] = PageJson<object>.From(new PageRequest(2, 1).Apply(missions), RegisterJson.Summary),
            ["/api/commitments"] = PageJson<object>.From(new PageRequest(1, 200).Apply(await tracker.ListAsync(store, CommitmentFilter.None, default)), RegisterJson.Commitment).Items,
            ["/api/commitments?status=open&mission=anti-isis&envelope=true"] = PageJson<object>.From(
                new PageRequest(1, 200).Apply(await tracker.ListAsync(store, new CommitmentFilter(CommitmentStatus.Open, "anti-isis"), default)), RegisterJson.Commitment),
        };
        var answers = new List<string>();
        foreach (var (url, page) in expected)
        {
            var answer = await client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(page, ApiJson.Options), answer);
            answers.Add(System.Text.Encoding.UTF8.GetString(answer));
        }

        Assert.Contains("anti-isis", answers[0], StringComparison.Ordinal);
        return string.Join("\n", answers);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return await client.SendAsync(request);
    }

    private static async Task IngestAsync(StoreLocation location, string path)
    {
        await using var store = await location.OpenAsync(default);
        var ingest = new IngestService(DefaultPipeline.CreateProcessor(Catalog), NullLogger<IngestService>.Instance);
        var report = await ingest.IngestAsync(store, [path], null, default);
        Assert.Empty(report.Failed);
    }
}
