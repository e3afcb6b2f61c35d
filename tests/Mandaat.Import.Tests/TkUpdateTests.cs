using System.Text.RegularExpressions;

namespace Mandaat.Import.Tests;

/// <summary>
/// <c>--update</c> through the recorded SyncFeed: only what the feed says changed is asked, a new DocumentVersie is
/// fetched and stored as a new version, changed metadata is taken over without fetching the file, a tombstone removes
/// the paper; and the feed's faults (a page loop, a truncated page) end in a failure with the cursor kept.
/// </summary>
public sealed partial class TkUpdateTests
{
    private const string Feed = "/SyncFeed/2.0/Feed";

    [Fact]
    public async Task Update_reads_the_SyncFeed_and_fetches_only_what_changed_and_honours_a_deletion()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.FeedPageSize = 4;
        await scenario.ImportAsync(scenario.Request());
        scenario.Change(349, d => d with { File = [.. d.File, .. "\n\nHerziene versie: een rectificatie van de bijlage.\n"u8.ToArray()], VersionId = "v-349-2" });
        scenario.Change(327, d => d with { Onderwerp = "Verlenging MINUSMA (onderwerp gecorrigeerd)" });
        scenario.Change(243, d => d with { Deleted = true });
        var added = Recording.Text("a1000000-0000-0000-0000-000000000255", "koop-kst-29521-255", 255, new DateOnly(2015, 6, 26), "Brief regering", "Voortgang MINUSMA 2015") with { ChangedAt = DateTimeOffset.UtcNow.AddMinutes(1) };
        scenario.Server.Documents.Add(added);
        scenario.Server.Publish(added);
        // Changes of another dossier in the same pages: none of them may be asked for.
        for (var i = 0; i < 5; i++)
        {
            scenario.Server.Publish(scenario.Server.Documents[0] with { Id = $"b1000000-0000-0000-0000-{i:000000000000}", Dossier = 36600, ChangedAt = DateTimeOffset.UtcNow.AddMinutes(2) });
        }

        var before = scenario.Server.Requests.Count;

        var update = await scenario.ImportAsync(scenario.Request(update: true));

        Assert.Empty(update.Failed);
        Assert.Equal((2, 1, 2, 1), (update.Fetched, update.New, update.Updated, update.Removed));
        var asked = scenario.Server.Requests.Skip(before).ToList();
        // Files: only the new version and the new paper; listings: only by id, only of papers the feed named as changed.
        Assert.Equal(["255", "349"], asked.Select(r => ResourceOf().Match(r)).Where(m => m.Success).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        var listings = asked.Where(r => r.Contains("/OData/v4/2.0/Document?", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(listings);
        Assert.All(listings, r => Assert.Contains("Id eq", r, StringComparison.Ordinal));
        Assert.Equal(["255", "327", "349"], listings.SelectMany(r => IdOf().Matches(r)).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(asked, r => r.Contains("b1000000", StringComparison.Ordinal) || r.Contains("b0000000", StringComparison.Ordinal));

        var letter = (await scenario.Store.GetAsync("kst-29521-349", default))!;
        Assert.Equal(2, letter.Version);
        Assert.Contains("rectificatie", letter.Text, StringComparison.Ordinal);
        var renamed = (await scenario.Store.GetAsync("kst-29521-327", default))!;
        Assert.Equal(("Verlenging MINUSMA (onderwerp gecorrigeerd)", 1), (renamed.Official!.Subject, renamed.Version));
        var stored = await scenario.StoredIdsAsync();
        Assert.DoesNotContain("kst-29521-243", stored);
        Assert.Contains("kst-29521-255", stored);
        Assert.Contains(update.Warnings, w => w.Id == "kst-29521-243" && w.Message.StartsWith("removed", StringComparison.Ordinal));

        // Caught up: the next update reads the feed from its cursor, one page, and asks nothing else.
        var caughtUp = scenario.Server.Requests.Count;
        var again = await scenario.ImportAsync(scenario.Request(update: true));
        Assert.Equal((0, 0, 0, 0), (again.Fetched, again.New, again.Updated, again.Removed));
        Assert.Equal(1, scenario.Server.Requests.Skip(caughtUp).Count(r => r.StartsWith(Feed, StringComparison.Ordinal)));
        Assert.DoesNotContain(scenario.Server.Requests.Skip(caughtUp), r => r.Contains("/OData/v4/2.0/Document", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_feed_page_whose_next_link_loops_stops_with_a_failure_and_fetches_each_paper_once()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.FeedPageSize = 1;
        await scenario.ImportAsync(scenario.Request());
        var last = scenario.Server.LastToken;
        scenario.Change(349, d => d with { File = [.. d.File, .. "\n\nRectificatie.\n"u8.ToArray()], VersionId = "v-349-2" });
        var added = Recording.Text("a1000000-0000-0000-0000-000000000255", "koop-kst-29521-255", 255, new DateOnly(2015, 6, 26), "Brief regering", "Voortgang MINUSMA 2015") with { ChangedAt = DateTimeOffset.UtcNow.AddMinutes(1) };
        scenario.Server.Documents.Add(added);
        scenario.Server.Publish(added);
        scenario.Server.FeedLoopFrom = last + 7;

        var update = await scenario.ImportAsync(scenario.Request(update: true));

        var failure = Assert.Single(update.Failed);
        Assert.Contains("leads back to a page already read", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(2, (await scenario.Store.GetAsync("kst-29521-349", default))!.Version);
        Assert.Contains("kst-29521-255", await scenario.StoredIdsAsync());
        Assert.Equal(1, scenario.Server.CountOf("Document(a1000000-0000-0000-0000-000000000255)/resource"));
    }

    [Fact]
    public async Task A_truncated_feed_page_is_a_failure_that_keeps_the_cursor_and_the_next_update_reads_it_again()
    {
        await using var scenario = await ImportScenario.StartAsync();
        await scenario.ImportAsync(scenario.Request());
        Assert.Empty((await scenario.ImportAsync(scenario.Request(update: true))).Failed);
        var key = "tk:dossier:29521:since:2013-01-01";
        var cursor = Checkpoint.Parse(await scenario.Store.GetCheckpointAsync(key, default))!.Feed;
        Assert.NotNull(cursor);
        scenario.Change(349, d => d with { File = [.. d.File, .. "\n\nRectificatie.\n"u8.ToArray()], VersionId = "v-349-2" });
        // A body cut short of its Content-Length is read again; a complete answer whose XML breaks off is not a feed page.
        scenario.Server.Add(new Fault.Truncated(), Feed);
        scenario.Server.Add(new Fault.TruncatedXml(), Feed);

        var cut = await scenario.ImportAsync(scenario.Request(update: true));

        var failure = Assert.Single(cut.Failed);
        Assert.Equal(key, failure.Id);
        Assert.Contains("not readable XML", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, (await scenario.Store.GetAsync("kst-29521-349", default))!.Version);
        Assert.Equal(cursor, Checkpoint.Parse(await scenario.Store.GetCheckpointAsync(key, default))!.Feed);

        var next = await scenario.ImportAsync(scenario.Request(update: true));

        Assert.Empty(next.Failed);
        Assert.Equal(2, (await scenario.Store.GetAsync("kst-29521-349", default))!.Version);
    }

    [GeneratedRegex(@"Document\(a1000000-0000-0000-0000-000000000(\d{3})\)/resource")]
    private static partial Regex ResourceOf();

    [GeneratedRegex(@"Id eq a1000000-0000-0000-0000-000000000(\d{3})")]
    private static partial Regex IdOf();
}
