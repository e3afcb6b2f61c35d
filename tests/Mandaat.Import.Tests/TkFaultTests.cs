using System.Diagnostics;

namespace Mandaat.Import.Tests;

/// <summary>
/// Every fault of issue 21 against the recorded service: each ends in a stored paper after a retry, or in a clear
/// failure in the report with everything else stored, never in a silent loss.
/// </summary>
public sealed class TkFaultTests
{
    private const string Letter = "Document(a1000000-0000-0000-0000-000000000327)/resource";

    [Fact]
    public async Task A_500_then_success_is_retried_and_the_paper_stored()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.Add(new Fault.ServerError(), Letter);

        var report = await scenario.ImportAsync(scenario.Request());

        Assert.Empty(report.Failed);
        Assert.Equal(Recording.SinceIds, await scenario.StoredIdsAsync());
        Assert.Equal(2, scenario.Server.CountOf(Letter));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_servers_Retry_After()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.Add(new Fault.TooManyRequests(RetryAfterSeconds: 2), Letter);
        var clock = Stopwatch.StartNew();

        var report = await scenario.ImportAsync(scenario.Request());

        Assert.Empty(report.Failed);
        Assert.Contains("kst-29521-327", await scenario.StoredIdsAsync());
        // The back-off configured is 50 ms; only the server's Retry-After explains a wait of two seconds.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_timeout_is_retried_and_a_source_that_never_answers_in_time_is_a_clear_failure()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.Add(new Fault.Slow(TimeSpan.FromSeconds(10)), Letter);
        var once = await scenario.ImportAsync(scenario.Request());
        Assert.Empty(once.Failed);
        Assert.Contains("kst-29521-327", await scenario.StoredIdsAsync());

        await using var never = await ImportScenario.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            never.Server.Add(new Fault.Slow(TimeSpan.FromSeconds(10)), Letter);
        }

        var report = await never.ImportAsync(never.Request());

        var failure = Assert.Single(report.Failed);
        Assert.Equal(("tk", "a1000000-0000-0000-0000-000000000327"), (failure.Source, failure.Id));
        Assert.Contains("no answer within the timeout", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(4, (await never.StoredIdsAsync()).Count);
    }

    [Fact]
    public async Task A_body_cut_short_is_fetched_again_and_never_stored_or_cached_half()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.Add(new Fault.Truncated(), Letter);

        var report = await scenario.ImportAsync(scenario.Request());

        Assert.Empty(report.Failed);
        var letter = (await scenario.Store.GetAsync("kst-29521-327", default))!;
        Assert.Contains("MINUSMA", letter.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_JSON_once_is_read_again_and_malformed_JSON_that_stays_is_a_clear_failure()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.Add(new Fault.MalformedJson(), "/OData/v4/2.0/Document?");
        Assert.Empty((await scenario.ImportAsync(scenario.Request())).Failed);
        Assert.Equal(Recording.SinceIds, await scenario.StoredIdsAsync());

        await using var broken = await ImportScenario.StartAsync();
        broken.Server.Add(new Fault.MalformedJson(), "/OData/v4/2.0/Document?");
        broken.Server.Add(new Fault.MalformedJson(), "/OData/v4/2.0/Document?");
        var report = await broken.ImportAsync(broken.Request());
        var failure = Assert.Single(report.Failed);
        Assert.Equal("tk:dossier:29521:since:2013-01-01", failure.Id);
        Assert.Contains("not a readable OData page", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nextLink_that_loops_back_stops_with_a_failure_after_storing_what_it_read_once()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.PageSize = 2;
        scenario.Server.LoopAfterPage = 2;

        var report = await scenario.ImportAsync(scenario.Request());

        var failure = Assert.Single(report.Failed);
        Assert.Contains("leads back to a page already read", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(4, (await scenario.StoredIdsAsync()).Count);
        Assert.Equal(2, scenario.Server.CountOf("/OData/v4/2.0/Document?"));
    }

    [Fact]
    public async Task A_paper_listed_but_deleted_before_its_file_was_fetched_is_a_failure_naming_it_and_the_rest_is_stored()
    {
        await using var scenario = await ImportScenario.StartAsync();
        // Listed as present, but its file is gone (deleted between the listing and the download): the resource answers 404.
        scenario.Server.Add(new Fault.NotFound(), Letter);

        var report = await scenario.ImportAsync(scenario.Request());

        var failure = Assert.Single(report.Failed);
        Assert.Equal("a1000000-0000-0000-0000-000000000327", failure.Id);
        Assert.Contains("HTTP 404", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(4, (await scenario.StoredIdsAsync()).Count);

        // Next time the file is there again: only it is fetched.
        var again = await scenario.ImportAsync(scenario.Request());
        Assert.Empty(again.Failed);
        Assert.Equal((1, 1), (again.Fetched, again.New));
    }

    [Fact]
    public async Task A_dossier_renamed_between_pages_is_still_imported_whole_under_its_number()
    {
        await using var scenario = await ImportScenario.StartAsync();
        scenario.Server.PageSize = 2;
        var documents = scenario.Server.Documents;
        for (var i = 3; i < documents.Count; i++)
        {
            documents[i] = documents[i] with { DossierTitle = "Nederlandse deelname aan vredesmissies en andere crisisbeheersingsoperaties" };
        }

        var report = await scenario.ImportAsync(scenario.Request());

        Assert.Empty(report.Failed);
        Assert.Equal(Recording.SinceIds, await scenario.StoredIdsAsync());
        Assert.All(await scenario.Store.ListAsync(Store.DocumentFilter.None, default), d => Assert.Equal("29521", d.Dossier));
    }
}
