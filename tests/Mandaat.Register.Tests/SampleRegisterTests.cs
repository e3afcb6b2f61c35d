using System.Text.Json;
using Ical.Net;
using Mandaat.Missions;
using Mandaat.Register.Commitments;
using Mandaat.Register.Export;
using Mandaat.Register.Missions;
using Mandaat.Register.Toetsingskader;

namespace Mandaat.Register.Tests;

/// <summary>The register on the five real samples, processed by the real pipeline and stored in SQLite.</summary>
public sealed class SampleRegisterTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    private static readonly MissionCatalog Catalog = MissionCatalog.Load();

    private readonly MissionRegister _register = new(Catalog);

    [Fact]
    public async Task The_anti_isis_mission_links_all_five_documents()
    {
        var mission = (await _register.GetAsync(samples.Store, "anti-isis", default))!;

        Assert.Equal(samples.Ids.Values.Order(), mission.Mission.Documents.Order());
    }

    [Fact]
    public async Task Its_timeline_runs_from_10_september_2014_to_28_october_2022_in_date_order_with_undated_last()
    {
        var timeline = (await _register.GetAsync(samples.Store, "anti-isis", default))!.Timeline;

        var dated = timeline.TakeWhile(e => !e.Undated).Select(e => e.Date!.Value).ToList();
        Assert.Equal(new DateOnly(2014, 9, 10), dated[0]);
        Assert.Equal(new DateOnly(2022, 10, 28), dated[^1]);
        Assert.Equal(dated.Order(), dated);
        Assert.All(timeline.SkipWhile(e => !e.Undated), e => Assert.True(e.Undated && e.Date is null));
    }

    [Fact]
    public async Task Conflicts_show_the_estimate_beside_its_realisation_and_a_misdated_citation()
    {
        var conflicts = (await _register.GetAsync(samples.Store, "anti-isis", default))!.Conflicts;

        Assert.Contains(conflicts, c => c.Kind == ConflictKind.EstimateVersusRealisation);
        Assert.Contains(conflicts, c => c.Kind == ConflictKind.CitationDate);
    }

    [Theory]
    [InlineData("000_08e6965081eb5d27")]
    [InlineData("002_151bdeb5c6da5471")]
    public async Task Check_marks_present_exactly_the_aspects_the_headings_name(string sample)
    {
        var gold = File.ReadLines(Path.Combine(IngestedSamples.SamplesFolder, sample + ".jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "section")
            .Select(e => e.GetProperty("aspect").GetString()!)
            .ToHashSet();

        var check = (await ToetsingskaderCheck.CheckAsync(samples.Store, samples.Ids[sample], default))!;

        Assert.Equal(23, check.Aspects.Count);
        Assert.Equal(gold.Order(), check.Aspects.Where(a => a.Status == AspectStatus.Present).Select(a => a.Aspect).Order());
        Assert.All(check.Aspects.Where(a => a.Status == AspectStatus.Present), a => Assert.False(string.IsNullOrEmpty(a.Heading)));
        Assert.All(check.Aspects.Where(a => a.Status == AspectStatus.NotApplicable), a => Assert.False(string.IsNullOrEmpty(a.Reason)));
    }

    [Fact]
    public async Task Commitments_have_sources_and_status_and_reports_of_kept_commitments_are_fulfilled()
    {
        var commitments = await new CommitmentTracker(Catalog).ListAsync(samples.Store, CommitmentFilter.None, default);

        Assert.True(commitments.Count >= 10, $"{commitments.Count} commitments");
        Assert.All(commitments, c => Assert.True(CommitmentStatus.IsKnown(c.Status) && c.Citation is not null && samples.Ids.ContainsValue(c.Document)));
        Assert.Contains(commitments, c => c.Made == new DateOnly(2016, 9, 29) && c.Status == CommitmentStatus.Fulfilled);
        Assert.Contains(commitments, c => c.Status == CommitmentStatus.Open);
    }

    [Fact]
    public async Task Exports_parse_back_with_standard_tools()
    {
        var corpus = await _register.LoadAsync(samples.Store, default);
        var missions = _register.All(corpus);

        using var csv = new StringWriter();
        CsvTable.Write(csv, ExportRows.Facts(corpus));
        using var reader = CsvHelper.CsvReader.FromText(csv.ToString(), CsvHelper.CsvReaderOptions.Default);
        var rows = 0;
        while (reader.Read())
        {
            Assert.False(string.IsNullOrEmpty(reader.GetString("quote")));
            JsonDocument.Parse(reader.GetString("value")).Dispose();
            rows++;
        }

        Assert.Equal(corpus.Documents.Sum(d => d.Detail.Facts.Count), rows);
        var calendar = Calendar.Load(IcsCalendar.Write(missions))!;
        var dated = missions.Sum(m => m.Timeline.Count(e => !e.Undated));
        Assert.True(calendar.Events.Count > dated, $"{calendar.Events.Count} events for {dated} dated documents plus periods");
        Assert.Contains(calendar.Events, e => e.Start!.Date == new DateOnly(2014, 9, 10));
    }
}
