namespace Mandaat.Import.Tests;

/// <summary>
/// <c>mandaat import --source ob</c> through the real CLI against the recorded officielebekendmakingen: SRU search by
/// dossier and date, metadata.xml as the official metadata, the Kamerstuk XML preferred and the PDF when there is none.
/// </summary>
public sealed class ObImportTests : IAsyncLifetime, IDisposable
{
    private readonly CliWorkspace _workspace = new();
    private RecordedKoop _server = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordedKoop.StartAsync();
        var text = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "data", "realworld", "koop-kst-29521-327.txt"))
            .SkipWhile(l => !l.StartsWith("Aan de Voorzitter", StringComparison.Ordinal)).Where(l => l.Trim().Length > 0).Take(12).ToList();
        _server.Publications["kst-29521-114"] = (114, new DateOnly(2012, 6, 1), "Brief van de minister", "2012-06-02T10:00:00", null);
        _server.Publications["kst-29521-327"] = (327, new DateOnly(2016, 10, 7), "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE", "2016-10-08T09:00:00",
            RecordedKoop.KamerstukXml(327, new DateOnly(2016, 10, 7), "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE", text));
        _server.Publications["kst-29521-500"] = (500, new DateOnly(2025, 4, 10), "Motie", "2025-04-11T09:00:00", null);
        _workspace.Environment["MANDAAT_CACHE"] = Path.Combine(_workspace.Folder, "cache");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _workspace.Dispose();

    private string[] Import(params string[] more) =>
        ["import", "--source", "ob", "--dossier", "29521", "--since", "2013-01-01", "--ob-url", _server.BaseAddress.AbsoluteUri.TrimEnd('/'), "--rate", "50", "--json", .. more];

    [Fact]
    public void A_dossier_is_searched_by_dossier_and_date_and_each_paper_read_from_its_XML_or_else_its_PDF()
    {
        var run = _workspace.Run(Import());

        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        Assert.Equal((2, 2), (run.Json.GetProperty("fetched").GetInt32(), run.Json.GetProperty("new").GetInt32()));
        Assert.Contains("dt.date>=2013-01-01", _server.Requests.First(r => r.StartsWith("/sru", StringComparison.Ordinal)), StringComparison.Ordinal);
        var letter = _workspace.Run("show", "kst-29521-327", "--json").Json;
        Assert.Equal("xml", letter.GetProperty("format").GetString());
        Assert.Equal("2016-10-07", letter.GetProperty("date").GetString());
        var official = letter.GetProperty("official");
        Assert.Equal(("ob", "kst-29521-327", "Brief"), (official.GetProperty("source").GetString(), official.GetProperty("source_id").GetString(), official.GetProperty("soort").GetString()));
        Assert.Equal(new Uri(_server.BaseAddress, "/kst-29521-327").AbsoluteUri, official.GetProperty("url").GetString());
        Assert.Equal(0, _server.CountOf("/kst-29521-327.pdf"));
        var motie = _workspace.Run("show", "kst-29521-500", "--json").Json;
        Assert.Equal("pdf", motie.GetProperty("format").GetString());
        Assert.Equal(0, _server.CountOf("kst-29521-114"));

        var again = _workspace.Run(Import());
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal((0, 2), (again.Json.GetProperty("fetched").GetInt32(), again.Json.GetProperty("unchanged").GetInt32()));
        Assert.Equal(1, _server.CountOf("/kst-29521-327.xml"));
    }
}
