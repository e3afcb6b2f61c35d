using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mandaat.Contract;
using Mandaat.Core.Paging;
using Mandaat.Missions;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Register.Toetsingskader;
using Mandaat.Store;
using Mandaat.Store.Listing;
using Mandaat.Store.Sqlite;

namespace Mandaat.Web.Tests;

/// <summary>The REST API over the samples: routes, the CLI's shapes, paging, problems, headers and OpenAPI.</summary>
public sealed class ApiTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private async Task<(HttpResponseMessage Response, JsonNode? Body)> GetAsync(string url)
    {
        using var factory = new ApiFactory(samples);
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true ? JsonNode.Parse(text) : null);
    }

    /// <summary>What the CLI prints for a value, parsed back, to compare with the API's body.</summary>
    private static JsonNode? AsCli<T>(T value) => JsonNode.Parse(JsonSerializer.Serialize(value, ContractJson.Options));

    private async Task<DocumentDetail> DetailAsync(string id)
    {
        await using var store = new SqliteDocumentStore(samples.Path);
        var detail = (await store.GetAsync(id, default))!;
        // The API names a document's file without the server's folders.
        return detail with
        {
            Summary = detail.Summary with { Path = System.IO.Path.GetFileName(detail.Summary.Path) },
            Versions = [.. detail.Versions.Select(v => v with { Path = System.IO.Path.GetFileName(v.Path) })],
        };
    }

    [Fact]
    public async Task Documents_list_is_the_CLI_list_newest_first_and_pages_with_a_total()
    {
        await using var store = new SqliteDocumentStore(samples.Path);
        var all = (await ((IDocumentStore)store).ListPageAsync(DocumentQuery.All, new PageRequest(1, PageRequest.MaxSize), default)).Documents.Items
            .Select(d => d with { Path = System.IO.Path.GetFileName(d.Path) }).ToList();
        var (response, body) = await GetAsync("/api/documents?envelope=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(AsCli(all), body!["items"]));
        Assert.Equal(all.Count, (int)body["total"]!);
        Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(all.Count, body["facets"]!["kinds"]!.AsArray().Sum(k => (int)k!["count"]!));

        // Without the envelope the body is the contract's array (shared/CLI.md: `[DOC…]`), the total in the header.
        var (plain, items) = await GetAsync("/api/documents");
        Assert.True(JsonNode.DeepEquals(AsCli(all), items));
        Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), plain.Headers.GetValues("X-Total-Count").Single());
        foreach (var list in new[] { "/api/missions", "/api/commitments", "/api/search?q=militairen", "/api/documents/" + samples.SampleId + "/facts" })
        {
            Assert.IsType<JsonArray>((await GetAsync(list)).Body);
        }

        var (second, page2) = await GetAsync("/api/documents?page=2&pageSize=3&envelope=true");
        Assert.True(JsonNode.DeepEquals(AsCli(all.Skip(3).Take(3)), page2!["items"]));
        Assert.Equal((2, 3, all.Count), ((int)page2["page"]!, (int)page2["page_size"]!, (int)page2["total"]!));
        Assert.Contains("page=1", second.Headers.GetValues("Link").Single(), StringComparison.Ordinal);

        var kind = all[0].Kind.Slug;
        var (_, ofKind) = await GetAsync("/api/documents?envelope=true&kind=" + kind);
        Assert.Equal(all.Count(d => d.Kind.Slug == kind), (int)ofKind!["total"]!);
        Assert.All(ofKind["items"]!.AsArray(), d => Assert.Equal(kind, (string?)d!["kind"]));
        var (bad, problem) = await GetAsync("/api/documents?pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(400, (int)problem!["status"]!);
    }

    [Fact]
    public async Task Document_facts_and_check_have_the_CLI_shapes()
    {
        var detail = await DetailAsync(samples.SampleId);
        Assert.True(JsonNode.DeepEquals(AsCli(DocumentJson.Detail(detail)), (await GetAsync("/api/documents/" + samples.SampleId)).Body));
        var facts = (await GetAsync("/api/documents/" + samples.SampleId + "/facts?envelope=true")).Body!;
        Assert.True(JsonNode.DeepEquals(AsCli(detail.Facts.Take(PageRequest.MaxSize)), facts["items"]));
        Assert.Equal(detail.Facts.Count, (int)facts["total"]!);
        Assert.True(JsonNode.DeepEquals(AsCli(RegisterJson.Check(ToetsingskaderCheck.Check(detail))), (await GetAsync("/api/documents/" + samples.SampleId + "/check")).Body));
    }

    [Fact]
    public async Task Register_routes_have_the_CLI_shapes()
    {
        await using var store = new SqliteDocumentStore(samples.Path);
        var catalog = MissionCatalog.Load();
        var register = new MissionRegister(catalog);
        var missions = await register.ListAsync(store, default);
        var listed = (await GetAsync("/api/missions?envelope=true")).Body!;
        Assert.True(JsonNode.DeepEquals(AsCli(missions.Select(RegisterJson.Summary)), listed["items"]));
        Assert.Equal(missions.Count, (int)listed["total"]!);
        var id = missions[0].Id;
        var detail = register.Build(await register.LoadAsync(store, default), catalog.Find(id)!);
        Assert.True(JsonNode.DeepEquals(AsCli(RegisterJson.Detail(detail)), (await GetAsync("/api/missions/" + id)).Body));
        var commitments = await new CommitmentTracker(catalog).ListAsync(store, new CommitmentFilter("open"), default);
        var open = (await GetAsync("/api/commitments?status=open&envelope=true")).Body!;
        Assert.True(JsonNode.DeepEquals(AsCli(commitments.Select(RegisterJson.Commitment).Take(PageRequest.MaxSize)), open["items"]));
        Assert.Equal(commitments.Count, (int)open["total"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/api/missions/geen-missie")).Response.StatusCode);
    }

    [Fact]
    public async Task A_missions_timeline_pages_with_a_total_and_links_to_its_neighbours()
    {
        await using var store = new SqliteDocumentStore(samples.Path);
        var timeline = (await new MissionRegister(MissionCatalog.Load()).GetAsync(store, "anti-isis", default))!.Timeline;
        Assert.True(timeline.Count >= 3, $"{timeline.Count} events");

        var (response, body) = await GetAsync("/api/missions/anti-isis/timeline?page=2&pageSize=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(AsCli(timeline.Skip(1).Take(1).Select(RegisterJson.Event)), body));
        Assert.Equal(timeline.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
        var links = response.Headers.GetValues("Link").Single();
        Assert.Contains("rel=\"prev\"", links, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", links, StringComparison.Ordinal);

        // The whole timeline, one default page, is the one `mission --json` gives.
        Assert.True(JsonNode.DeepEquals(AsCli(timeline.Select(RegisterJson.Event)), (await GetAsync("/api/missions/anti-isis/timeline")).Body));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/api/missions/geen-missie/timeline")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/api/missions/anti-isis/timeline?page=0")).Response.StatusCode);
    }

    [Fact]
    public async Task Search_answers_hits_with_snippets_and_a_problem_for_a_bad_query()
    {
        var (response, body) = await GetAsync("/api/search?q=militairen&limit=5&envelope=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = body!["items"]!.AsArray();
        Assert.InRange(hits.Count, 1, 5);
        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty((string?)h!["snippet"])));
        Assert.Equal(["id", "title", "kind", "dossier", "number", "date", "score", "snippet"], hits[0]!.AsObject().Select(p => p.Key).Take(8));
        // One hit per document, and the total counts documents over every page.
        Assert.Equal(hits.Count, hits.Select(h => (string?)h!["id"]).Distinct().Count());
        Assert.InRange((int)body["total"]!, hits.Count, int.MaxValue);
        var all = (await GetAsync("/api/search?q=militairen&pageSize=200&envelope=true")).Body!;
        var second = (await GetAsync("/api/search?q=militairen&page=2&pageSize=2&envelope=true")).Body!;
        Assert.Equal((int)all["total"]!, (int)second["total"]!);
        Assert.True(JsonNode.DeepEquals(
            new JsonArray([.. all["items"]!.AsArray().Skip(2).Take(2).Select(h => h!["id"]!.DeepClone())]),
            new JsonArray([.. second["items"]!.AsArray().Select(h => h!["id"]!.DeepClone())])));

        var (bad, problem) = await GetAsync("/api/search?q=x&from=gisteren");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem!["detail"]);
        Assert.Equal("from", (string?)problem["parameter"]);
    }

    [Theory]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/documents/..%5C..%5Cwindows")]
    [InlineData("/api/documents/kst..%2Fmandaat.db/check")]
    [InlineData("/api/documents/a%5C..%5Cb/facts")]
    public async Task Ids_that_walk_paths_are_refused(string url)
    {
        var (response, _) = await GetAsync(url);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        var (response, problem) = await GetAsync("/api/documents/kst-1-1");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (int)problem!["status"]!);
    }

    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/")]
    [InlineData("/api/documents/kst-1-1")]
    public async Task Every_answer_has_the_security_headers(string url)
    {
        var (response, _) = await GetAsync(url);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAPI_describes_the_routes_and_the_reference_page_links_it()
    {
        var (response, body) = await GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = body!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/documents", paths);
        Assert.Contains("/api/documents/{id}/check", paths);
        Assert.Contains("/api/search", paths);
        Assert.Contains("/api/missions/{id}", paths);

        using var factory = new ApiFactory(samples);
        var page = await factory.CreateClient().GetStringAsync(new Uri("/api", UriKind.Relative));
        Assert.Contains("href=\"/openapi/v1.json\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_render_in_Dutch_with_the_hostile_text_encoded()
    {
        using var factory = new ApiFactory(samples);
        var client = factory.CreateClient();
        foreach (var url in new[] { "/", "/zoeken?q=militairen", "/documenten/" + samples.SampleId, "/upload", "/documenten/" + samples.XssId, "/zoeken?q=onerror" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, url);
            Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Search_is_rate_limited_per_client()
    {
        using var factory = new ApiFactory(samples, searchesPerMinute: 2);
        var client = factory.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await client.GetAsync(new Uri("/api/search?q=missie", UriKind.Relative))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
        var refused = await client.GetAsync(new Uri("/api/search?q=missie", UriKind.Relative));
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("urn:mandaat:problem:too-many-requests", (string?)problem["type"]);
        Assert.Equal("Te veel verzoeken", (string?)problem["title"]);
    }
}
