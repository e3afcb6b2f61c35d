using System.Diagnostics;
using System.Text.Json;

namespace Mandaat.Import.Tests;

/// <summary>
/// <c>mandaat import</c> as a user runs it: the real CLI process against the recorded service on a local port, its
/// <c>--json</c> report, exit codes, progress on stderr, and a run killed with SIGKILL that a rerun completes.
/// </summary>
public sealed class ImportCommandTests : IAsyncLifetime, IDisposable
{
    private readonly CliWorkspace _workspace = new();
    private RecordedGegevensmagazijn _server = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordedGegevensmagazijn.StartAsync();
        _server.Documents.AddRange(Recording.Dossier29521());
        _server.SeedFeed(otherDossierChanges: 10);
        _workspace.Environment["MANDAAT_CACHE"] = Path.Combine(_workspace.Folder, "cache");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _workspace.Dispose();

    private string[] Import(params string[] more) =>
        ["import", "--dossier", "29521", "--since", "2013-01-01", "--tk-url", _server.BaseAddress.AbsoluteUri.TrimEnd('/'), "--rate", "50", "--json", .. more];

    [Fact]
    public void The_contract_command_stores_every_paper_of_the_recording_and_reports_in_the_contracts_shape()
    {
        var run = _workspace.Run(Import());

        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = run.Json;
        Assert.Equal((5, 5, 0, 0), (report.GetProperty("fetched").GetInt32(), report.GetProperty("new").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32()));
        Assert.Empty(report.GetProperty("failed").EnumerateArray());
        Assert.Matches(@"import: \d+ papers \(\d+ fetched, \d+ new, \d+ updated, \d+ unchanged, \d+ failed\), [\d.]+/s", run.Stderr);
        Assert.Contains("warning: kst-29521-500:", run.Stderr, StringComparison.Ordinal);
        var list = _workspace.Run("list", "--dossier", "29521", "--json");
        Assert.Equal(Recording.SinceIds, list.Json.EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var show = _workspace.Run("show", "kst-29521-349", "--json").Json;
        Assert.Equal("https://zoek.officielebekendmakingen.nl/kst-29521-349", show.GetProperty("official").GetProperty("url").GetString());
        Assert.Equal("Brief regering", show.GetProperty("official").GetProperty("soort").GetString());
        var motie = _workspace.Run("show", "kst-29521-500", "--json").Json;
        Assert.Contains(motie.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "official-dossier");

        var again = _workspace.Run(Import("--update"));
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(0, again.Json.GetProperty("fetched").GetInt32());
    }

    [Fact]
    public void A_failure_exits_1_and_names_the_paper_source_and_reason()
    {
        _server.Add(new Fault.NotFound(), "Document(a1000000-0000-0000-0000-000000000327)/resource");

        var run = _workspace.Run(Import("--retries", "0"));

        Assert.True(run.ExitCode == 1 && run.Stdout.Length > 0, run.Stderr);
        var failure = Assert.Single(run.Json.GetProperty("failed").EnumerateArray());
        Assert.Equal(("tk", "a1000000-0000-0000-0000-000000000327"), (failure.GetProperty("source").GetString(), failure.GetProperty("id").GetString()));
        Assert.Contains("HTTP 404", failure.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("error: tk a1000000-0000-0000-0000-000000000327:", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "2013-13-01")]
    [InlineData("--tk-url", "ftp://example.org")]
    [InlineData("--document", "not-an-id")]
    public void A_bad_argument_exits_2_with_one_error_line(string option, string value)
    {
        var run = _workspace.Run("import", "--dossier", "29521", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Stderr.Trim(), StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task An_import_killed_with_SIGKILL_resumes_and_fetches_no_stored_paper_again()
    {
        // Two papers a page; the third paper's file is slow, so the kill falls while the first page is stored and the second is under way.
        _server.PageSize = 2;
        _server.Add(new Fault.Slow(TimeSpan.FromSeconds(30)), "Document(a1000000-0000-0000-0000-000000000349)/resource");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = _workspace.Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mandaat.dll"));
        foreach (var arg in Import("--timeout", "60"))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["MANDAAT_DB"] = _workspace.Database;
        info.Environment["MANDAAT_HOME"] = RepoPaths.Root;
        info.Environment["MANDAAT_CACHE"] = _workspace.Environment["MANDAAT_CACHE"];
        using (var process = Process.Start(info)!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (_server.CountOf("Document(a1000000-0000-0000-0000-000000000349)/resource") == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.Equal(1, _server.CountOf("Document(a1000000-0000-0000-0000-000000000349)/resource"));
            process.Kill(entireProcessTree: true); // SIGKILL: no cleanup of any kind.
            await process.WaitForExitAsync();
        }

        var rerun = _workspace.Run(Import());

        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        var list = _workspace.Run("list", "--dossier", "29521", "--json");
        Assert.Equal(Recording.SinceIds, list.Json.EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        // The papers stored before the kill were not fetched again; the one under way was fetched once more.
        foreach (var id in new[] { "243", "327" })
        {
            Assert.Equal(1, _server.CountOf($"Document(a1000000-0000-0000-0000-000000000{id})/resource"));
        }

        Assert.Equal(2, _server.CountOf("Document(a1000000-0000-0000-0000-000000000349)/resource"));
        Assert.Equal(JsonValueKind.Array, rerun.Json.GetProperty("failed").ValueKind);
    }
}
