using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Mandaat.Hosting;
using Mandaat.Testing;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Mandaat.Web.Tests;

/// <summary>
/// A revised upload replaces the text and keeps the earlier version (issue 24), also under another file name, when
/// the uploader says it is a revision (<c>?revision=true</c> or the form field). The real kst-27925-662 revised as a
/// correction would (another number of military personnel), over real HTTP (Kestrel) on SQLite and PostgreSQL.
/// </summary>
public sealed class RevisionUploadTests : IDisposable
{
    private static readonly string Original = Path.Combine(RepoPaths.Root, "tests", "data", "realworld", "tweedekamer-2019D41884.txt");

    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-revision-").FullName;
    private PostgresTestDatabase? _database;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_revision_under_another_name_becomes_the_new_version_and_every_version_stays_readable(string backend)
    {
        var store = backend == "postgres" ? (_database = PostgresTestDatabase.Create()).ConnectionString : Path.Combine(_folder, "mandaat.db");
        var settings = new Dictionary<string, string?>
        {
            [MandaatOptions.StoreSetting] = store,
            [WebOptions.WriteTokenSetting] = SampleStore.Token,
            [WebOptions.SearchesPerMinuteSetting] = 10_000.ToString(CultureInfo.InvariantCulture),
        };
        var app = MandaatWebHost.Create(settings, builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
        await MandaatWebHost.StartAsync(app, CancellationToken.None);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.ListeningAddress()!) };
            var text = await File.ReadAllTextAsync(Original);
            var revised = text.Replace("60 militairen", "75 militairen", StringComparison.Ordinal);
            Assert.NotEqual(text, revised);

            Assert.Equal((HttpStatusCode.Created, "ingested", 1), await UploadAsync(http, "", text, "tweedekamer-2019D41884.txt"));
            Assert.Equal((HttpStatusCode.OK, "unchanged", 1), await UploadAsync(http, "", revised, "wijziging.txt"));
            Assert.Equal((HttpStatusCode.Created, "updated", 2), await UploadAsync(http, "?revision=true", revised, "wijziging.txt"));
            Assert.Equal((HttpStatusCode.Created, "updated", 3), await UploadAsync(http, "", text.Replace("60 militairen", "80 militairen", StringComparison.Ordinal), "rectificatie.txt", formRevision: "true"));
            Assert.Equal((HttpStatusCode.OK, "unchanged", 3), await UploadAsync(http, "?revision=true", text.Replace("60 militairen", "80 militairen", StringComparison.Ordinal), "rectificatie.txt"));

            var first = await http.GetStringAsync(new Uri("/api/documents/kst-27925-662/versions/1", UriKind.Relative));
            var second = await http.GetStringAsync(new Uri("/api/documents/kst-27925-662/versions/2", UriKind.Relative));
            var current = JsonNode.Parse(await http.GetStringAsync(new Uri("/api/documents/kst-27925-662", UriKind.Relative)))!;
            Assert.Contains("60 militairen", first, StringComparison.Ordinal);
            Assert.DoesNotContain("75 militairen", first, StringComparison.Ordinal);
            Assert.Contains("75 militairen", second, StringComparison.Ordinal);
            Assert.Equal(3, (int)current["version"]!);
            Assert.Contains("80 militairen", current.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal(["tweedekamer-2019D41884.txt", "wijziging.txt", "rectificatie.txt"], current["versions"]!.AsArray().Select(v => (string)v!["path"]!));
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/api/documents/kst-27925-662/versions/4", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync(new Uri("/api/documents/kst-27925-662/versions/nul", UriKind.Relative))).StatusCode);

            var refused = await SendAsync(http, "?revision=misschien", revised, "wijziging.txt", null);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("revision is true of false", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<(HttpStatusCode Code, string Status, int Version)> UploadAsync(HttpClient http, string query, string text, string name, string? formRevision = null)
    {
        var answer = await SendAsync(http, query, text, name, formRevision);
        var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        Assert.True(body["status"] is not null, body.ToJsonString());
        Assert.Equal("kst-27925-662", (string?)body["id"]);
        return (answer.StatusCode, (string)body["status"]!, (int)body["version"]!);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string query, string text, string name, string? formRevision)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", name);
        if (formRevision is not null)
        {
            form.Add(new StringContent(formRevision), "revision");
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents" + query) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SampleStore.Token);
        return await http.SendAsync(request);
    }

    public void Dispose()
    {
        _database?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
