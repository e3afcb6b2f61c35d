using System.Net;
using System.Text.Json.Nodes;
using Mandaat.Store.Sqlite;

namespace Mandaat.Web.Tests;

/// <summary>
/// What an HTTP client relies on beyond the shapes: a 400 problem naming every bad parameter, stable problem types
/// with Dutch text, HEAD, GET-only CORS, validators with 304, and no server path in any answer.
/// </summary>
public sealed class ApiProtocolTests(SampleStore samples) : IClassFixture<SampleStore>
{
    [Theory]
    [InlineData("/api/documents?page=0", "page")]
    [InlineData("/api/documents?page=abc", "page")]
    [InlineData("/api/documents?pageSize=201", "pageSize")]
    [InlineData("/api/documents?kind=roman", "kind")]
    [InlineData("/api/documents?dossier=abc", "dossier")]
    [InlineData("/api/documents?year=twintig", "year")]
    [InlineData("/api/documents?mission=geen-missie", "mission")]
    [InlineData("/api/search?q=missie&sort=best", "sort")]
    [InlineData("/api/search?q=missie&from=gisteren", "from")]
    [InlineData("/api/search?q=missie&to=2020-13", "to")]
    [InlineData("/api/search?q=missie&year=abc", "year")]
    [InlineData("/api/search?q=missie&kind=roman", "kind")]
    [InlineData("/api/search?q=missie&page=-1", "page")]
    [InlineData("/api/search?q=missie&limit=0", "pageSize")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search?q=soort:artikel100", "q")]
    [InlineData("/api/commitments?status=half", "status")]
    [InlineData("/api/commitments?from=ooit", "from")]
    [InlineData("/api/commitments?mission=geen-missie", "mission")]
    [InlineData("/api/missions?pageSize=x", "pageSize")]
    [InlineData("/api/missions/anti-isis/timeline?page=0", "page")]
    [InlineData("/feeds/zoeken?q=missie&year=abc", "year")]
    [InlineData("/feeds/dossiers/abc", "dossier")]
    [InlineData("/feeds/toezeggingen?mission=geen-missie", "mission")]
    public async Task Every_bad_parameter_is_a_400_problem_that_names_it(string url, string parameter)
    {
        using var factory = new ApiFactory(samples);
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("urn:mandaat:problem:invalid-parameter", (string?)problem["type"]);
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Equal(parameter, (string?)problem["parameter"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
    }

    [Fact]
    public async Task Bad_parameters_of_one_document_are_400_and_the_facts_filter_by_type()
    {
        using var factory = new ApiFactory(samples);
        var client = factory.CreateClient();
        foreach (var (url, parameter) in new[] { ($"/api/documents/{samples.SampleId}/facts?type=geld", "type"), ($"/api/documents/{samples.SampleId}?version=abc", "version") })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(parameter, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["parameter"]);
        }

        await using var store = new SqliteDocumentStore(samples.Path);
        var facts = (await store.GetAsync(samples.SampleId, default))!.Facts;
        foreach (var type in facts.Select(f => f.Type).Distinct())
        {
            var body = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/documents/{samples.SampleId}/facts?type={type.Slug}&pageSize=200&envelope=true", UriKind.Relative)))!;
            Assert.Equal(facts.Count(f => f.Type == type), (int)body["total"]!);
            Assert.All(body["items"]!.AsArray(), f => Assert.Equal(type.Slug, (string?)f!["type"]));
        }
    }

    [Fact]
    public async Task Problems_of_the_framework_have_the_stable_type_and_Dutch_text()
    {
        using var factory = new ApiFactory(samples);
        var client = factory.CreateClient();
        var unknown = await client.GetAsync(new Uri("/api/bestaat-niet", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var problem = JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!;
        Assert.Equal("urn:mandaat:problem:not-found", (string?)problem["type"]);
        Assert.Equal("Niet gevonden", (string?)problem["title"]);

        var missing = JsonNode.Parse(await (await client.GetAsync(new Uri("/api/documents/kst-1-1", UriKind.Relative))).Content.ReadAsStringAsync())!;
        Assert.Equal("urn:mandaat:problem:not-found", (string?)missing["type"]);
        Assert.Contains("Er is geen document", (string?)missing["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_without_a_token_are_challenged_with_Bearer()
    {
        using var factory = new ApiFactory(samples);
        var client = factory.CreateClient();
        var delete = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/documents/" + samples.SampleId));
        Assert.Equal(HttpStatusCode.Unauthorized, delete.StatusCode);
        Assert.Equal("Bearer", delete.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("urn:mandaat:problem:unauthorized", (string?)JsonNode.Parse(await delete.Content.ReadAsStringAsync())!["type"]);
    }

    [Fact]
    public async Task HEAD_answers_every_GET_route_with_its_status_and_headers_and_no_body()
    {
        using var factory = new ApiFactory(samples);
        var client = factory.CreateClient();
        foreach (var url in ReadUrls(samples).Append("/api/documents/kst-1-1"))
        {
            var get = await client.GetAsync(new Uri(url, UriKind.Relative));
            var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.True(get.StatusCode == head.StatusCode, $"{url}: GET {get.StatusCode}, HEAD {head.StatusCode}");
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Other_origins_may_read_the_API_and_feeds_but_not_write_or_send_credentials()
    {
        using var factory = new ApiFactory(samples);
        var client = factory.CreateClient();
        foreach (var url in new[] { "/api/documents", "/feeds/toezeggingen" })
        {
            var read = new HttpRequestMessage(HttpMethod.Get, url);
            read.Headers.Add("Origin", "https://voorbeeld.nl");
            var answer = await client.SendAsync(read);
            Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
        }

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/documents");
        preflight.Headers.Add("Origin", "https://voorbeeld.nl");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var refused = await client.SendAsync(preflight);
        Assert.False(
            refused.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("POST", StringComparison.Ordinal)),
            "a preflight for POST from another origin was approved");
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_document_carries_validators_and_a_conditional_GET_is_304()
    {
        using var factory = new ApiFactory(samples);
        var client = factory.CreateClient();
        foreach (var url in new[] { $"/api/documents/{samples.SampleId}", $"/api/documents/{samples.SampleId}/facts", $"/api/documents/{samples.SampleId}/check" })
        {
            var first = await client.GetAsync(new Uri(url, UriKind.Relative));
            var tag = first.Headers.ETag!;
            var modified = first.Content.Headers.LastModified!.Value;

            var byTag = new HttpRequestMessage(HttpMethod.Get, url);
            byTag.Headers.IfNoneMatch.Add(tag);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byTag)).StatusCode);

            var byDate = new HttpRequestMessage(HttpMethod.Get, url);
            byDate.Headers.IfModifiedSince = modified;
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byDate)).StatusCode);

            var stale = new HttpRequestMessage(HttpMethod.Get, url);
            stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"anders\""));
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);

            var earlier = new HttpRequestMessage(HttpMethod.Get, url);
            earlier.Headers.IfModifiedSince = modified.AddDays(-1);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(earlier)).StatusCode);
        }
    }

    [Fact]
    public async Task No_answer_names_a_folder_of_the_server()
    {
        using var factory = new ApiFactory(samples);
        var client = factory.CreateClient();
        var folders = new[] { samples.Folder, RepoPaths.Samples, RepoPaths.Root, Path.GetTempPath().TrimEnd('/') };
        foreach (var url in ReadUrls(samples))
        {
            var text = await client.GetStringAsync(new Uri(url, UriKind.Relative));
            // JSON may escape the slashes of a path; compare the unescaped text too.
            var plain = text.Contains("\\u002F", StringComparison.Ordinal) ? text.Replace("\\u002F", "/", StringComparison.Ordinal) : text;
            foreach (var folder in folders)
            {
                Assert.False(plain.Contains(folder, StringComparison.Ordinal), $"{url} names {folder}");
            }
        }
    }

    /// <summary>Every read route of the API and the feeds, with the samples' ids.</summary>
    public static IEnumerable<string> ReadUrls(SampleStore samples) =>
    [
        "/api/documents",
        "/api/documents?pageSize=200",
        $"/api/documents/{samples.SampleId}",
        $"/api/documents/{samples.SampleId}?version=1",
        $"/api/documents/{samples.XssId}",
        $"/api/documents/{samples.SampleId}/facts",
        $"/api/documents/{samples.SampleId}/check",
        "/api/search?q=militairen",
        "/api/search?q=vraag:%20militairen&sort=date",
        "/api/missions",
        "/api/missions/anti-isis",
        "/api/commitments",
        "/feeds/zoeken?q=militairen",
        "/feeds/missies/anti-isis",
        "/feeds/dossiers/27925",
        "/feeds/toezeggingen",
        "/openapi/v1.json",
    ];
}
