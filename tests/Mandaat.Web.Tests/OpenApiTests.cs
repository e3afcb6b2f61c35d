using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Mandaat.Web.Tests;

/// <summary>
/// /openapi/v1.json read back with Microsoft.OpenApi's reader: valid, every API and feed route in it with every
/// status its metadata names, and every status a real request got described, with a schema whose properties are the
/// answer's.
/// </summary>
public sealed class OpenApiTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private static async Task<OpenApiDocument> ReadAsync(HttpClient client)
    {
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var result = OpenApiDocument.Parse(json, "json");
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        return result.Document!;
    }

    private static string Template(string route) => "/" + route.Trim('/');

    [Fact]
    public async Task Every_route_and_every_status_its_metadata_names_is_described()
    {
        using var factory = new ApiFactory(samples);
        var document = await ReadAsync(factory.CreateClient());
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/", StringComparison.Ordinal) || raw.StartsWith("/feeds/", StringComparison.Ordinal)))
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
            .ToList();
        Assert.True(endpoints.Count >= 13, $"only {endpoints.Count} API routes found");
        foreach (var endpoint in endpoints)
        {
            var template = Template(endpoint.RoutePattern.RawText!);
            Assert.True(document.Paths.TryGetValue(template, out var path), $"{template} is not in the OpenAPI document");
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)
            {
                var operation = path!.Operations![new HttpMethod(method)];
                Assert.False(string.IsNullOrWhiteSpace(operation.Summary), $"{method} {template} has no summary");
                var statuses = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).Distinct().ToList();
                Assert.Contains(statuses, s => s is >= 200 and < 300);
                foreach (var status in statuses)
                {
                    Assert.True(operation.Responses!.ContainsKey(status.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{method} {template} does not describe {status}");
                }

                if (method != "GET")
                {
                    Assert.True(operation.Security is { Count: > 0 }, $"{method} {template} writes but has no security requirement");
                }
            }
        }

        Assert.Equal(SecuritySchemeType.Http, document.Components!.SecuritySchemes!["bearer"].Type);
        var upload = document.Paths["/api/documents"].Operations![HttpMethod.Post].RequestBody!.Content!["multipart/form-data"].Schema!;
        Assert.Equal("binary", upload.Properties!["file"].Format);
    }

    [Fact]
    public async Task Every_status_a_request_gets_is_described_with_the_answers_properties()
    {
        using var factory = new ApiFactory(samples, searchesPerMinute: 1000);
        var client = factory.CreateClient();
        var document = await ReadAsync(client);
        var id = samples.SampleId;
        var requests = new (HttpMethod Method, string Url, string Template, bool Token)[]
        {
            (HttpMethod.Get, "/api/documents", "/api/documents", false),
            (HttpMethod.Get, "/api/documents?kind=roman", "/api/documents", false),
            (HttpMethod.Get, $"/api/documents/{id}", "/api/documents/{id}", false),
            (HttpMethod.Get, "/api/documents/kst-1-1", "/api/documents/{id}", false),
            (HttpMethod.Get, "/api/documents/a..b", "/api/documents/{id}", false),
            (HttpMethod.Get, $"/api/documents/{id}/facts", "/api/documents/{id}/facts", false),
            (HttpMethod.Get, $"/api/documents/{id}/facts?type=geld", "/api/documents/{id}/facts", false),
            (HttpMethod.Get, "/api/documents/kst-1-1/facts", "/api/documents/{id}/facts", false),
            (HttpMethod.Get, $"/api/documents/{id}/check", "/api/documents/{id}/check", false),
            (HttpMethod.Get, "/api/documents/kst-1-1/check", "/api/documents/{id}/check", false),
            (HttpMethod.Get, "/api/search?q=militairen", "/api/search", false),
            (HttpMethod.Get, "/api/search?q=militairen&envelope=true", "/api/search", false),
            (HttpMethod.Get, "/api/search?q=militairen&sort=x", "/api/search", false),
            (HttpMethod.Get, "/api/missions", "/api/missions", false),
            (HttpMethod.Get, "/api/missions/anti-isis", "/api/missions/{id}", false),
            (HttpMethod.Get, "/api/missions/geen-missie", "/api/missions/{id}", false),
            (HttpMethod.Get, "/api/missions/anti-isis/timeline?pageSize=2", "/api/missions/{id}/timeline", false),
            (HttpMethod.Get, "/api/missions/anti-isis/timeline?page=0", "/api/missions/{id}/timeline", false),
            (HttpMethod.Get, "/api/missions/geen-missie/timeline", "/api/missions/{id}/timeline", false),
            (HttpMethod.Get, "/api/commitments", "/api/commitments", false),
            (HttpMethod.Get, "/api/commitments?status=x", "/api/commitments", false),
            (HttpMethod.Get, "/feeds/toezeggingen", "/feeds/toezeggingen", false),
            (HttpMethod.Get, "/feeds/zoeken?q=", "/feeds/zoeken", false),
            (HttpMethod.Get, "/feeds/missies/geen-missie", "/feeds/missies/{id}", false),
            (HttpMethod.Get, "/feeds/dossiers/99999", "/feeds/dossiers/{nummer}", false),
            (HttpMethod.Post, "/api/documents", "/api/documents", false),
            (HttpMethod.Post, "/api/documents", "/api/documents", true),
            (HttpMethod.Delete, "/api/documents/kst-1-1", "/api/documents/{id}", false),
            (HttpMethod.Delete, "/api/documents/kst-1-1", "/api/documents/{id}", true),
        };
        foreach (var (method, url, template, token) in requests)
        {
            var request = new HttpRequestMessage(method, url);
            if (method == HttpMethod.Post)
            {
                var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Brief van de minister.\n\nDe regering zendt 120 militairen uit voor de missie.\n"));
                file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
                form.Add(file, "file", "brief.exe");
                request.Content = form;
            }

            if (token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SampleStore.Token);
            }

            var response = await client.SendAsync(request);
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var operation = document.Paths[template].Operations![method];
            Assert.True(operation.Responses!.TryGetValue(status, out var described), $"{method} {url} answered {status}, which the document does not describe");
            var body = await response.Content.ReadAsStringAsync();
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is null || !mediaType.Contains("json", StringComparison.Ordinal))
            {
                continue;
            }

            var parsed = JsonNode.Parse(body)!;
            // A list that also answers its whole page (?envelope=true) is one of two schemas: the array or the page.
            var schema = described!.Content![mediaType].Schema!;
            if (schema.OneOf is { Count: > 0 } alternatives)
            {
                schema = alternatives.Single(a => parsed is JsonArray ? a.Items is not null : a.Properties is not null);
            }

            if (parsed is JsonArray list)
            {
                // A list answers the contract's array: its items are described by the schema's items.
                Assert.NotNull(schema.Items);
                if (list.Count > 0)
                {
                    AssertSameItem(schema.Items, list[0]!.AsObject(), $"{method} {url}", open: template.EndsWith("/facts", StringComparison.Ordinal));
                }

                continue;
            }

            var answer = parsed.AsObject();
            if (mediaType == "application/problem+json")
            {
                // A problem may carry extensions (parameter); its members of RFC 9457 are described and present.
                Assert.All(new[] { "type", "title", "status", "detail" }, p => Assert.True(schema.Properties!.ContainsKey(p) && answer.ContainsKey(p), $"{method} {url}: problem without {p}"));
                continue;
            }

            AssertSameProperties(schema, answer, $"{method} {url}", open: template.EndsWith("/facts", StringComparison.Ordinal));
        }
    }

    /// <summary>The answer's properties are the schema's (for a page, its items' too); an open schema (facts) may have more in the answer.</summary>
    private static void AssertSameProperties(IOpenApiSchema schema, JsonObject answer, string what, bool open)
    {
        var described = schema.Properties!.Keys.Order(StringComparer.Ordinal).ToList();
        var given = answer.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.True(given.SequenceEqual(described), $"{what}: answer has [{string.Join(", ", given)}], schema [{string.Join(", ", described)}]");

        if (answer["items"] is JsonArray { Count: > 0 } items && schema.Properties["items"].Items is { } item)
        {
            AssertSameItem(item, items[0]!.AsObject(), what, open);
        }
    }

    private static void AssertSameItem(IOpenApiSchema item, JsonObject given, string what, bool open)
    {
        var itemDescribed = item.Properties!.Keys.ToHashSet(StringComparer.Ordinal);
        var itemGiven = given.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.True(open ? itemDescribed.IsSubsetOf(itemGiven) : itemDescribed.SetEquals(itemGiven), $"{what}: item has [{string.Join(", ", itemGiven)}], schema [{string.Join(", ", itemDescribed)}]");
    }
}
