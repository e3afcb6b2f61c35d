using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Mandaat.Web.Tests;

/// <summary>An upload with no head of its own is served with empty identification and a warning, in the API and in Dutch on its page.</summary>
public sealed class IdentificationWarningTests : IDisposable
{
    private readonly SampleStore _samples = new();

    public void Dispose() => _samples.Dispose();

    [Fact]
    public async Task A_text_without_a_head_is_shown_with_a_warning()
    {
        using var factory = new ApiFactory(_samples);
        var client = factory.CreateClient();
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(
            "Op 11 april heeft de regering de Kamer geïnformeerd over de bijdragen van de lidstaten (Kamerstuk 29 521, nr. 207). " +
            "Inmiddels is de missie gevuld " + Guid.NewGuid() + ".\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "passage.txt");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SampleStore.Token);
        var created = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;

        var api = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/documents/" + id, UriKind.Relative)))!;
        var page = await client.GetStringAsync(new Uri("/documenten/" + id, UriKind.Relative));

        Assert.Null(api["number"]);
        Assert.Equal("no-head", (string)api["warnings"]![0]!["code"]!);
        Assert.Contains("noemt geen eigen dossier, nummer of datum", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_with_its_head_has_no_warning()
    {
        using var factory = new ApiFactory(_samples);

        var api = JsonNode.Parse(await factory.CreateClient().GetStringAsync(new Uri("/api/documents/" + _samples.SampleId, UriKind.Relative)))!;

        Assert.Empty(api["warnings"]!.AsArray());
    }
}
