using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Mandaat.Cli.Tests;

/// <summary>
/// What an operator's tooling asks of <c>mandaat serve</c>, over real HTTP to the real process: liveness,
/// readiness (and its failure when the store goes), Prometheus metrics by route and by upload outcome with
/// the store's figures, and JSON logs on stderr.
/// </summary>
public sealed class OperationsTests : IDisposable
{
    private const string Token = "operations-test-token";

    private readonly CliWorkspace _workspace = new();

    public OperationsTests()
    {
        var ingest = _workspace.Run("ingest", RepoPaths.Samples);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
    }

    [Fact]
    public async Task Healthz_and_readyz_answer_and_readyz_names_the_store_it_checked()
    {
        using var server = await ServerProcess.StartAsync(_workspace.Folder, _workspace.Database);

        var live = await server.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var ready = await server.Http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var store = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("store");
        Assert.Equal("Healthy", store.GetProperty("status").GetString());
        Assert.StartsWith("5 documents", store.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_is_503_with_the_reason_once_the_store_file_is_gone_while_healthz_stays_200()
    {
        using var server = await ServerProcess.StartAsync(_workspace.Folder, _workspace.Database);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);

        File.Move(_workspace.Database, _workspace.Database + ".moved");
        var ready = await server.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var metrics = await server.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("does not exist", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Equal(0, Sample(metrics, "mandaat_store_up"));
        Assert.False(File.Exists(_workspace.Database), "the probe must not create an empty store in the moved one's place");
    }

    [Fact]
    public async Task On_PostgreSQL_readyz_checks_the_server_and_metrics_give_the_database_size()
    {
        using var database = PostgresTestDatabase.Create();
        Assert.Equal(0, _workspace.Run("--db", database.Uri, "ingest", RepoPaths.Samples).ExitCode);
        using var server = await ServerProcess.StartAsync(_workspace.Folder, database.Uri);

        var ready = await server.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var metrics = await server.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(5, Sample(metrics, "mandaat_store_documents"));
        var size = await database.ScalarAsync<long>("SELECT pg_database_size(current_database());");
        Assert.InRange(Sample(metrics, "mandaat_store_size_bytes"), size - (1 << 20), size + (1 << 20));
        Assert.Equal(1, Sample(metrics, "mandaat_store_up"));
    }

    [Fact]
    public async Task Metrics_count_requests_by_route_and_status_time_them_and_count_uploads_by_outcome()
    {
        using var server = await ServerProcess.StartAsync(_workspace.Folder, _workspace.Database, new Dictionary<string, string> { ["MANDAAT_TOKEN"] = Token });
        var http = server.Http;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("api/search?q=Erbil", UriKind.Relative))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("api/documents/kst-1-1", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("api/documents/kst-2-2", UriKind.Relative))).StatusCode);
        var letter = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "data", "realworld"), "*.txt").Order(StringComparer.Ordinal).First();
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(http, File.ReadAllBytes(letter), "brief.txt")).StatusCode);
        // The same text again is stored already: 200, not 201 (issue 24).
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(http, File.ReadAllBytes(letter), "brief.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(http, "x"u8.ToArray(), "brief.exe")).StatusCode);

        var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        var metrics = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Equal(3, Sample(metrics, "http_request_duration_seconds_count", ("endpoint", "/api/search/"), ("code", "200")));
        // Both ids fall under the route's pattern: one series, whatever the ids asked for.
        Assert.Equal(2, Sample(metrics, "http_request_duration_seconds_count", ("endpoint", "/api/documents/{id}"), ("code", "404")));
        Assert.Equal(3, Sample(metrics, "http_request_duration_seconds_bucket", ("endpoint", "/api/search/"), ("code", "200"), ("le", "+Inf")));
        Assert.Equal(1, Sample(metrics, "mandaat_ingest_files_total", ("outcome", "ingested")));
        Assert.Equal(1, Sample(metrics, "mandaat_ingest_files_total", ("outcome", "unchanged")));
        Assert.Equal(1, Sample(metrics, "mandaat_ingest_files_total", ("outcome", "refused")));
        Assert.Equal(3, Sample(metrics, "mandaat_ingest_duration_seconds_count"));
        Assert.Equal(6, Sample(metrics, "mandaat_store_documents"));
        Assert.Equal(new FileInfo(_workspace.Database).Length + WalLength(), Sample(metrics, "mandaat_store_size_bytes"), 0.05 * new FileInfo(_workspace.Database).Length);
        Assert.Equal(1, Sample(metrics, "mandaat_store_up"));
        Assert.True(Sample(metrics, "process_working_set_bytes") > 0);
    }

    [Fact]
    public async Task With_MANDAAT_LOG_FORMAT_json_the_server_logs_each_request_as_one_JSON_object_a_line_on_stderr()
    {
        using var server = await ServerProcess.StartAsync(_workspace.Folder, _workspace.Database, new Dictionary<string, string> { ["MANDAAT_LOG_FORMAT"] = "json" });
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync(new Uri("api/search?q=Erbil", UriKind.Relative))).StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<JsonElement> entries;
        do
        {
            await Task.Delay(200);
            entries = server.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => JsonDocument.Parse(line).RootElement)
                .ToList();
        }
        while (!entries.Any(IsFinishedSearch) && DateTime.UtcNow < deadline);

        Assert.Contains(entries, IsFinishedSearch);
        Assert.All(entries, e => Assert.True(e.TryGetProperty("Timestamp", out _) && e.TryGetProperty("LogLevel", out _) && e.TryGetProperty("Category", out _)));

        static bool IsFinishedSearch(JsonElement e) =>
            e.TryGetProperty("State", out var state) && state.TryGetProperty("StatusCode", out var code) && code.GetInt32() == 200
            && state.TryGetProperty("Path", out var path) && path.GetString() == "/api/search";
    }

    [Fact]
    public void An_unknown_log_format_is_a_wrong_setting_named_before_anything_runs()
    {
        _workspace.Environment["MANDAAT_LOG_FORMAT"] = "xml";

        var run = _workspace.Run("list");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MANDAAT_LOG_FORMAT is 'xml'", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    private long WalLength() => File.Exists(_workspace.Database + "-wal") ? new FileInfo(_workspace.Database + "-wal").Length : 0;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return await http.SendAsync(request);
    }

    /// <summary>The sum of the samples of a metric whose labels include every given one, from the Prometheus text format.</summary>
    private static double Sample(string metrics, string name, params (string Label, string Value)[] labels)
    {
        var matches = metrics.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(line => labels.All(l => line.Contains($"{l.Label}=\"{l.Value}\"", StringComparison.Ordinal)))
            .Select(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(matches.Count > 0, $"no sample of {name} with {string.Join(", ", labels)} in:\n{metrics}");
        return matches.Sum();
    }
}
