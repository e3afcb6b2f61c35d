using System.Text.Json;
using Ical.Net;

namespace Mandaat.Cli.Tests;

/// <summary>missions, mission, check, commitments and export through the real CLI process on the ingested samples.</summary>
public sealed class RegisterCommandTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    private CliWorkspace Workspace => samples.Workspace;

    [Fact]
    public void Missions_json_has_the_contract_shape_and_anti_isis_links_all_five_documents()
    {
        var run = Workspace.Run("missions", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var missions = run.Json.EnumerateArray().ToList();
        foreach (var field in new[] { "id", "name", "aliases", "documents", "first", "last", "max_personnel", "assets", "budget" })
        {
            Assert.True(missions[0].TryGetProperty(field, out _), field);
        }

        var isis = missions.Single(m => m.GetProperty("id").GetString() == "anti-isis");
        Assert.Equal(5, isis.GetProperty("documents").GetArrayLength());
        Assert.Equal("2014-09-10", isis.GetProperty("first").GetString());
        Assert.Equal("2022-10-28", isis.GetProperty("last").GetString());
    }

    [Fact]
    public void Mission_by_name_gives_the_timeline_in_date_order_with_undated_last()
    {
        var run = Workspace.Run("mission", "Operation Inherent Resolve", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("anti-isis", run.Json.GetProperty("mission").GetProperty("id").GetString());
        var timeline = run.Json.GetProperty("timeline").EnumerateArray().ToList();
        Assert.All(timeline, e => Assert.True(e.TryGetProperty("event", out _) && e.TryGetProperty("facts", out _) && e.TryGetProperty("kind", out _)));
        var dates = timeline.Select(e => e.GetProperty("date")).ToList();
        var dated = dates.TakeWhile(d => d.ValueKind == JsonValueKind.String).Select(d => d.GetString()!).ToList();
        Assert.Equal("2014-09-10", dated[0]);
        Assert.Equal("2022-10-28", dated[^1]);
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.All(dates.Skip(dated.Count), d => Assert.Equal(JsonValueKind.Null, d.ValueKind));
    }

    [Fact]
    public void Mission_pages_its_timeline_on_request_and_says_where_the_page_is()
    {
        var whole = Workspace.Run("mission", "anti-isis", "--json");
        var paged = Workspace.Run("mission", "anti-isis", "--json", "--page", "2", "--page-size", "2");
        var text = Workspace.Run("mission", "anti-isis", "--page-size", "2");

        Assert.True(whole.ExitCode == 0 && paged.ExitCode == 0 && text.ExitCode == 0, whole.Stderr + paged.Stderr + text.Stderr);
        var events = whole.Json.GetProperty("timeline").EnumerateArray().Select(e => e.GetRawText()).ToList();
        Assert.True(events.Count > 2, $"{events.Count} events");
        Assert.Equal(events.Skip(2).Take(2), paged.Json.GetProperty("timeline").EnumerateArray().Select(e => e.GetRawText()));
        var where = paged.Json.GetProperty("timeline_page");
        Assert.Equal((2, 2, events.Count, (events.Count + 1) / 2), (where.GetProperty("number").GetInt32(), where.GetProperty("size").GetInt32(), where.GetProperty("total").GetInt32(), where.GetProperty("pages").GetInt32()));
        Assert.Contains($"page 1 of {(events.Count + 1) / 2}, {events.Count} in all; --page 2 for more", text.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, Workspace.Run("mission", "anti-isis", "--page", "0").ExitCode);
    }

    [Fact]
    public void An_unknown_mission_or_document_exits_two_with_one_error_line()
    {
        foreach (var args in new[] { new[] { "mission", "no-such-mission" }, ["check", "kst-1-1"], ["commitments", "--mission", "nowhere"], ["export", "facts", "--format", "ics"] })
        {
            var run = Workspace.Run([.. args, "--json"]);
            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("error:", run.Stderr.TrimStart());
            Assert.Equal(string.Empty, run.Stdout.Trim());
        }
    }

    [Fact]
    public void Check_lists_all_23_aspects_with_present_ones_named_by_their_heading()
    {
        var letter = Workspace.Run("list", "--kind", "artikel100", "--json").Json.EnumerateArray().First().GetProperty("id").GetString()!;

        var run = Workspace.Run("check", letter, "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(letter, run.Json.GetProperty("document").GetString());
        var aspects = run.Json.GetProperty("aspects").EnumerateArray().ToList();
        Assert.Equal(23, aspects.Count);
        Assert.All(aspects, a => Assert.Contains(a.GetProperty("status").GetString(), new[] { "present", "missing", "not-applicable" }));
        Assert.All(aspects.Where(a => a.GetProperty("status").GetString() == "present"), a => Assert.Equal(JsonValueKind.String, a.GetProperty("heading").ValueKind));
        Assert.Contains(aspects, a => a.GetProperty("status").GetString() == "present");
    }

    [Fact]
    public void Commitments_filter_by_status_and_date()
    {
        var all = Workspace.Run("commitments", "--json");
        Assert.True(all.ExitCode == 0, all.Stderr);
        var items = all.Json.EnumerateArray().ToList();
        foreach (var field in new[] { "id", "quote", "made", "document", "status", "fulfilled_by" })
        {
            Assert.True(items[0].TryGetProperty(field, out _), field);
        }

        var open = Workspace.Run("commitments", "--status", "open", "--json").Json.EnumerateArray().ToList();
        var fulfilled = Workspace.Run("commitments", "--status", "fulfilled", "--json").Json.EnumerateArray().ToList();
        Assert.Equal(items.Count, open.Count + fulfilled.Count);
        Assert.All(fulfilled, c => Assert.Equal(JsonValueKind.String, c.GetProperty("fulfilled_by").ValueKind));
        var from2022 = Workspace.Run("commitments", "--from", "2022-01-01", "--mission", "anti-isis", "--json").Json.EnumerateArray().ToList();
        Assert.NotEmpty(from2022);
        Assert.All(from2022, c => Assert.True(string.CompareOrdinal(c.GetProperty("made").GetString(), "2022-01-01") >= 0));
        Assert.Equal(2, Workspace.Run("commitments", "--from", "yesterday").ExitCode);
    }

    [Theory]
    [InlineData("missions")]
    [InlineData("timeline")]
    [InlineData("facts")]
    [InlineData("commitments")]
    public void Csv_and_json_exports_parse_back(string what)
    {
        var csvFile = Path.Combine(Workspace.Folder, what + ".csv");
        var csv = Workspace.Run("export", what, "--format", "csv", "--out", csvFile);
        var json = Workspace.Run("export", what, "--format", "json");

        Assert.True(csv.ExitCode == 0 && json.ExitCode == 0, csv.Stderr + json.Stderr);
        using var reader = CsvHelper.CsvReader.FromFile(csvFile, CsvHelper.CsvReaderOptions.Default);
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        Assert.True(rows > 0);
        Assert.Equal(json.Json.GetArrayLength(), rows);
    }

    [Fact]
    public void The_ics_export_loads_with_ical_net_and_holds_the_dated_timeline_events()
    {
        var run = Workspace.Run("export", "timeline", "--format", "ics");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var calendar = Calendar.Load(run.Stdout)!;
        Assert.Contains(calendar.Events, e => e.Start!.Date == new DateOnly(2014, 9, 10));
        Assert.Contains(calendar.Events, e => e.Start!.Date == new DateOnly(2022, 10, 28));
    }
}
