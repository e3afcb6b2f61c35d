using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Mandaat.Web.Tests;

/// <summary>
/// Bounded cost per document (issue 26): an upload within the size limit whose text no paper has — one 50 MB
/// word, or a text far longer than the limit — is refused with the file and the limit named, and the store
/// holds exactly what it held. What the server's memory does meanwhile is a bench figure, not a test's.
/// </summary>
public sealed class OversizedUploadTests : IDisposable
{
    private readonly SampleStore _samples = new();

    public void Dispose() => _samples.Dispose();

    [Fact]
    public async Task A_50_MB_single_word_is_refused_naming_the_file_and_the_limit_and_the_store_is_intact()
    {
        using var factory = new ApiFactory(_samples);
        var client = factory.CreateClient();
        var before = await DocumentIdsAsync(client);
        var word = new byte[50 * 1024 * 1024];
        Array.Fill(word, (byte)'a');

        var response = await client.SendAsync(Post(Upload("een-woord.txt", word)));

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        var detail = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
        Assert.Contains("een-woord.txt", detail, StringComparison.Ordinal);
        Assert.Contains("limit MANDAAT_MAX_TEXT_CHARS=10000000", detail, StringComparison.Ordinal);
        Assert.Equal(before, await DocumentIdsAsync(client));
    }

    [Fact]
    public async Task A_huge_text_of_real_sentences_is_refused_and_a_letter_after_it_is_still_stored()
    {
        using var factory = new ApiFactory(_samples);
        var client = factory.CreateClient();
        var before = await DocumentIdsAsync(client);
        // A real letter repeated to 40 MB: prose by every measure, only far too long to be one paper.
        var letter = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Samples, "000_08e6965081eb5d27.txt"));
        var huge = new StringBuilder();
        while (huge.Length < 40 * 1024 * 1024)
        {
            huge.Append(letter).Append("\n\n");
        }

        var response = await client.SendAsync(Post(Upload("reeks.txt", Encoding.UTF8.GetBytes(huge.ToString()))));

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        var detail = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
        Assert.Contains("reeks.txt", detail, StringComparison.Ordinal);
        Assert.Contains("MANDAAT_MAX_TEXT_CHARS", detail, StringComparison.Ordinal);
        Assert.Equal(before, await DocumentIdsAsync(client));

        var letterAfter = Encoding.UTF8.GetBytes("Brief van de minister van Defensie\n\nDe regering besluit 120 militairen in te zetten. Kenmerk " + Guid.NewGuid() + ".\n");
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Post(Upload("brief.txt", letterAfter)))).StatusCode);
        Assert.Equal(before.Count + 1, (await DocumentIdsAsync(client)).Count);
    }

    private static async Task<List<string>> DocumentIdsAsync(HttpClient client)
    {
        var list = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/documents?pageSize=100", UriKind.Relative)))!.AsArray();
        return [.. list.Select(d => (string)d!["id"]!).Order(StringComparer.Ordinal)];
    }

    private static MultipartFormDataContent Upload(string name, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", name);
        return form;
    }

    private static HttpRequestMessage Post(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SampleStore.Token);
        return request;
    }
}
