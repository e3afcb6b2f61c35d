using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Mandaat.Web.Tests;

/// <summary>A corrected upload of a paper becomes its new version; the API serves every version with ?version=N and lists them.</summary>
public sealed class VersionApiTests : IDisposable
{
    private readonly SampleStore _samples = new();

    public void Dispose() => _samples.Dispose();

    [Fact]
    public async Task A_corrected_upload_is_the_new_version_and_the_first_is_served_with_version_1()
    {
        using var factory = new ApiFactory(_samples);
        var client = factory.CreateClient();
        var letter = "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2016–2017\n\n29 521 Nederlandse deelname aan vredesmissies\n\nNr. 901 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n" +
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 7 oktober 2016\n\nHet kabinet heeft besloten de bijdrage aan MINUSMA te verlengen met ten hoogste 250 militairen. " +
            "De bijdrage loopt tot en met 31 december 2017. Dat wordt in deze brief toegelicht.\n";

        var first = await UploadAsync(client, letter);
        var tag = (await client.GetAsync(new Uri("/api/documents/kst-29521-901", UriKind.Relative))).Headers.ETag!;
        var again = await UploadAsync(client, letter);
        var second = await UploadAsync(client, letter.Replace("250 militairen", "290 militairen", StringComparison.Ordinal));

        Assert.Equal(("kst-29521-901", "ingested", HttpStatusCode.Created), first);
        Assert.Equal(("kst-29521-901", "unchanged", HttpStatusCode.OK), again);
        Assert.Equal(("kst-29521-901", "updated", HttpStatusCode.Created), second);
        var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/documents/kst-29521-901");
        conditional.Headers.IfNoneMatch.Add(tag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(conditional)).StatusCode);
        var current = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/documents/kst-29521-901", UriKind.Relative)))!;
        Assert.Equal(2, (int)current["version"]!);
        Assert.Equal(2, current["versions"]!.AsArray().Count);
        var earlier = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/documents/kst-29521-901?version=1", UriKind.Relative)))!;
        Assert.Equal(1, (int)earlier["version"]!);
        Assert.Contains(earlier["facts"]!.AsArray(), f => f!.ToJsonString().Contains("250", StringComparison.Ordinal));
        Assert.DoesNotContain(current["facts"]!.AsArray(), f => f!.ToJsonString().Contains("250 militairen", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/documents/kst-29521-901?version=3", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/api/documents/kst-29521-901?version=0", UriKind.Relative))).StatusCode);
    }

    private static async Task<(string Id, string Status, HttpStatusCode Code)> UploadAsync(HttpClient client, string text)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "brief.txt");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SampleStore.Token);
        var answer = await client.SendAsync(request);
        var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        Assert.Equal("brief.txt", (string?)body["path"]);
        return ((string)body["id"]!, (string)body["status"]!, answer.StatusCode);
    }
}
