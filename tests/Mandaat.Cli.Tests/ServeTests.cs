using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Mandaat.Cli.Tests;

/// <summary><c>serve</c> as a real process on a free loopback port: pages, API, OpenAPI, refused writes, bad options.</summary>
public sealed class ServeTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    [Fact]
    public async Task Serve_answers_pages_api_and_openapi_and_refuses_writes_without_a_token()
    {
        using var server = StartServer(samples.Workspace);
        var url = await ReadUrlAsync(server);
        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var missions = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/missions", UriKind.Relative))).RootElement;
        Assert.True(missions.GetArrayLength() > 0);
        var dashboard = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("lang=\"nl\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("Missies", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("openapi/v1.json", UriKind.Relative))).StatusCode);

        using var upload = new MultipartFormDataContent { { new ByteArrayContent("Brief"u8.ToArray()), "file", "brief.txt" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsync(new Uri("api/documents", UriKind.Relative), upload)).StatusCode);

        server.Kill(entireProcessTree: true);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--bind", "not-an-address")]
    public void Serve_refuses_a_bad_address_with_the_usage_exit_code(string option, string value)
    {
        var run = samples.Workspace.Run("serve", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
    }

    private static Process StartServer(CliWorkspace workspace)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workspace.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "mandaat.dll"), "serve", "--port", "0" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["MANDAAT_DB"] = workspace.Database;
        info.Environment["MANDAAT_TOKEN"] = string.Empty;
        return Process.Start(info)!;
    }

    /// <summary>The first stdout line names the address; port 0 made the server pick a free one.</summary>
    private static async Task<string> ReadUrlAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var line = await server.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException("serve printed nothing: " + await server.StandardError.ReadToEndAsync(timeout.Token));
        var start = line.IndexOf("http://", StringComparison.Ordinal);
        Assert.True(start >= 0, line);
        return line[start..line.IndexOf(' ', start)];
    }
}
