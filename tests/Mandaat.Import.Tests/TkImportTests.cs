using Mandaat.Store;

namespace Mandaat.Import.Tests;

/// <summary>Importing dossier 29 521 from the recorded Gegevensmagazijn over real HTTP: what is stored, resumed and fetched again.</summary>
public sealed class TkImportTests
{
    [Fact]
    public async Task A_dossier_since_a_day_stores_every_paper_of_the_recording_with_its_source_metadata_and_official_address()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.PageSize = 2;

        var report = await scenario.ImportAsync(scenario.Request());

        Assert.Empty(report.Failed);
        Assert.Equal((5, 5, 0, 0), (report.Fetched, report.New, report.Updated, report.Unchanged));
        Assert.Equal(Recording.SinceIds, await scenario.StoredIdsAsync());
        var letter = (await scenario.Store.GetAsync("kst-29521-327", default))!;
        Assert.Equal(("29521", "327", new DateOnly(2016, 10, 7), "2016-2017"), (letter.Summary.Dossier, letter.Summary.Number, letter.Summary.Date, letter.Summary.Session));
        var official = letter.Official!;
        Assert.Equal(("tk", "a1000000-0000-0000-0000-000000000327", "https://zoek.officielebekendmakingen.nl/kst-29521-327", "Brief regering", "Verlenging MINUSMA"),
            (official.Source, official.SourceId, official.Url, official.Soort, official.Subject));
        Assert.Equal("2016-10-07", official.Text!.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(IdentificationWarning.For(letter));
        // Three listing pages of two were read, each once.
        Assert.Equal(3, scenario.Server.CountOf("/OData/v4/2.0/Document?"));
    }

    [Fact]
    public async Task A_paper_whose_text_disagrees_with_the_metadata_keeps_the_metadata_and_warns()
    {
        await using var scenario = await ImportScenario.StartAsync();

        var report = await scenario.ImportAsync(scenario.Request());

        // The PDF is motie 21 501-02 nr. 3121; the recording files it as 29 521 nr. 500.
        var motie = (await scenario.Store.GetAsync("kst-29521-500", default))!;
        Assert.Equal(("29521", "500"), (motie.Summary.Dossier, motie.Summary.Number));
        Assert.Equal(("21501-02", "3121"), (motie.Official!.Text!.Dossier, motie.Official.Text.Number));
        Assert.Contains(IdentificationWarning.For(motie), w => w.Code == "official-dossier");
        Assert.Contains(report.Warnings, w => w.Id == "kst-29521-500" && w.Message.Contains("21501-02", StringComparison.Ordinal));
        Assert.All(motie.Facts, f => Assert.Equal("kst-29521-500", f.Citation?.Document ?? "kst-29521-500"));
    }

    [Fact]
    public async Task A_second_import_fetches_no_file_again_and_reports_every_paper_unchanged()
    {
        await using var scenario = await ImportScenario.StartAsync();
        await scenario.ImportAsync(scenario.Request());

        var again = await scenario.ImportAsync(scenario.Request());

        Assert.Equal((0, 0, 0, 5), (again.Fetched, again.New, again.Updated, again.Unchanged));
        Assert.All(Recording.Dossier29521().Skip(1), d => Assert.Equal(1, scenario.Server.CountOf($"Document({d.Id})/resource")));
    }

    [Fact]
    public async Task An_interrupted_import_resumes_at_the_page_it_stopped_on()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.PageSize = 2;
        // The second page stays unreadable for this run (the first try and the retry), as if the run ended there.
        scenario.Server.Add(new Fault.MalformedJson(), "$skip=2");
        scenario.Server.Add(new Fault.MalformedJson(), "$skip=2");
        var first = await scenario.ImportAsync(scenario.Request());

        Assert.Contains(first.Failed, f => f.Reason.Contains("not a readable OData page", StringComparison.Ordinal));
        var stored = await scenario.StoredIdsAsync();
        Assert.Equal(2, stored.Count);
        var checkpoint = await scenario.Store.GetCheckpointAsync("tk:dossier:29521:since:2013-01-01", default);
        Assert.NotNull(checkpoint);

        var second = await scenario.ImportAsync(scenario.Request());

        Assert.Empty(second.Failed);
        Assert.Equal(Recording.SinceIds, await scenario.StoredIdsAsync());
        Assert.Equal(3, second.New);
        // The resumed run began at page two: the first page was read once, in the first run.
        Assert.Equal(1, scenario.Server.Requests.Count(r => r.Contains("/OData/v4/2.0/Document?", StringComparison.Ordinal) && !r.Contains("$skip", StringComparison.Ordinal)));
        Assert.All(Recording.Dossier29521().Skip(1), d => Assert.Equal(1, scenario.Server.CountOf($"Document({d.Id})/resource")));
    }

    [Fact]
    public async Task A_reimport_into_another_store_works_offline_from_the_download_cache()
    {
        await using var scenario = await ImportScenario.StartAsync();
        await scenario.ImportAsync(scenario.Request());
        var requests = scenario.Server.Requests.Count;
        await using var other = new Store.Sqlite.SqliteDocumentStore(Path.Combine(scenario.Folder, "other.db"));
        await other.MigrateAsync(default);

        var offline = await scenario.ImportAsync(scenario.Request(offline: true), other);

        Assert.Empty(offline.Failed);
        Assert.Equal(5, offline.New);
        Assert.Equal(requests, scenario.Server.Requests.Count);
    }

    [Fact]
    public async Task Offline_with_an_empty_cache_fails_clearly_and_stores_nothing()
    {
        await using var scenario = await ImportScenario.StartAsync();

        var offline = await scenario.ImportAsync(scenario.Request(offline: true));

        // The listing and the commitments register each fail, saying why; nothing else is tried.
        Assert.Equal(["tk:dossier:29521:since:2013-01-01", "tk:toezegging:dossier:29521"], offline.Failed.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.All(offline.Failed, f => Assert.Contains("not in the download cache", f.Reason, StringComparison.Ordinal));
        Assert.Empty(await scenario.StoredIdsAsync());
        Assert.Empty(scenario.Server.Requests);
    }
}
