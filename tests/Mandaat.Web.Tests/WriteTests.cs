using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Mandaat.Web.Tests;

/// <summary>Writes need the token: upload and delete, with and without it, and the size limit.</summary>
public sealed class WriteTests : IDisposable
{
    // Each test class writes into its own store so the read tests see the samples unchanged.
    private readonly SampleStore _samples = new();

    public void Dispose() => _samples.Dispose();

    private static MultipartFormDataContent Upload(string name, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", name);
        return form;
    }

    private static HttpRequestMessage Post(string? token, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static byte[] Letter => Encoding.UTF8.GetBytes("Brief van de minister van Defensie\n\nDe regering besluit 120 militairen in te zetten voor de missie. Dit is een unieke toetsbrief " + Guid.NewGuid() + ".\n");

    [Fact]
    public async Task Upload_needs_the_right_token_and_answers_201_with_the_id()
    {
        using var factory = new ApiFactory(_samples);
        var client = factory.CreateClient();
        var body = Letter;
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post(null, Upload("brief.txt", body)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post("wrong-token", Upload("brief.txt", body)))).StatusCode);

        var created = await client.SendAsync(Post(SampleStore.Token, Upload("../../brief.txt", body)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/documents/" + id, UriKind.Relative))).StatusCode);

        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/" + id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(delete)).StatusCode);
        delete = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/" + id);
        delete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SampleStore.Token);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/documents/" + id, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Writes_are_refused_when_no_token_is_configured()
    {
        using var factory = new ApiFactory(_samples, token: null);
        var response = await factory.CreateClient().SendAsync(Post("", Upload("brief.txt", Letter)));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_upload_above_50_MB_is_413()
    {
        using var factory = new ApiFactory(_samples);
        var response = await factory.CreateClient().SendAsync(Post(SampleStore.Token, Upload("groot.txt", new byte[(50 * 1024 * 1024) + 1])));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_file_type_ingest_cannot_read_is_refused()
    {
        using var factory = new ApiFactory(_samples);
        var response = await factory.CreateClient().SendAsync(Post(SampleStore.Token, Upload("virus.exe", Letter)));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
