using System.Text.Json;
using Microsoft.Playwright;

namespace Mandaat.Web.Tests.Browser;

/// <summary>
/// Every page in the real browser at a desktop (1280 px) and a phone width (390 px): it renders, nothing scrolls
/// sideways, axe-core finds no serious or critical accessibility violation, and no English word known to have leaked
/// into the UI reaches it; and the reader's path from a search hit to a question, its paper, the paper's mission and
/// a Kamerstuk that cites it.
/// </summary>
public sealed class PageTests(LiveServer server) : IClassFixture<LiveServer>
{
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    private static string[] Paths =>
    [
        "/", "/missies", "/missies/anti-isis", "/documenten", "/documenten?soort=artikel100&pagina=1", "/documenten/" + SampleStore.CitedId,
        "/documenten/" + SampleStore.CitingId, "/dossiers", "/dossiers/27925", "/toezeggingen?status=open", "/zoeken", "/zoeken?q=militairen",
        "/zoeken?q=onderzeebotenvloot", "/upload", "/api", "/bestaat-niet", "/zoeken?q=ISIS&jaar=abc",
    ];

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Every_page_fits_the_width_and_has_no_serious_accessibility_violation(int width)
    {
        var problems = await PageChecks.FitAndAccessibilityAsync(server, Paths, width);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task No_known_English_UI_word_reaches_a_page()
    {
        var leaks = await PageChecks.EnglishLeaksAsync(server, Paths);
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task Search_hit_to_question_to_document_to_mission_to_a_citing_Kamerstuk_and_back_to_the_cited_one()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(server.Url + "/zoeken");
        await page.GetByLabel("Zoekterm").FillAsync("vraag:militairen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/zoeken?**", Committed);

        var question = page.Locator("a.vraaglink").First;
        var target = (await question.GetAttributeAsync("href"))!;
        Assert.StartsWith("/documenten/" + SampleStore.CitedId + "#vraag-", target, StringComparison.Ordinal);
        await question.ClickAsync();
        await page.WaitForURLAsync("**" + target, Committed);
        var anchor = page.Locator(target[target.IndexOf('#', StringComparison.Ordinal)..]);
        await anchor.WaitForAsync();
        Assert.StartsWith("Vraag ", await anchor.Locator("h3").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("dl.gegevens a[href='/missies/anti-isis']").ClickAsync();
        await page.WaitForURLAsync("**/missies/anti-isis", Committed);
        Assert.Contains("ISIS", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator($"#stukken ~ ul a[href='/documenten/{SampleStore.CitingId}'], section[aria-labelledby='stukken'] a[href='/documenten/{SampleStore.CitingId}']").First.ClickAsync();
        await page.WaitForURLAsync("**/documenten/" + SampleStore.CitingId, Committed);
        await page.Locator($"section[aria-labelledby='verwijst'] a[href='/documenten/{SampleStore.CitedId}']").ClickAsync();
        await page.WaitForURLAsync("**/documenten/" + SampleStore.CitedId, Committed);
        Assert.Contains(SampleStore.CitingId, await page.Locator("section[aria-labelledby='aangehaald'] a").First.GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mission_page_shows_one_page_of_its_timeline_with_the_total_and_refuses_a_page_that_cannot_be()
    {
        using var http = new HttpClient();
        using var api = await http.GetAsync(new Uri(server.Url + "/api/missions/anti-isis/timeline"));
        var total = int.Parse(api.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var page = await server.NewPageAsync();

        await page.GotoAsync(server.Url + "/missies/anti-isis?pagina=1");

        var timeline = page.Locator("section[aria-labelledby='tijdlijn']");
        Assert.Equal(Math.Min(total, 25), await timeline.Locator("tbody tr").CountAsync());
        Assert.Contains($"{total} gebeurtenis", await timeline.InnerTextAsync(), StringComparison.Ordinal);
        // One row per deciding letter in the state table, each linking its letter.
        var decisions = page.Locator("section[aria-labelledby='besluiten'] tbody tr");
        Assert.True(await decisions.CountAsync() <= total);
        var response = await page.GotoAsync(server.Url + "/missies/anti-isis?pagina=0");
        Assert.Equal(400, response!.Status);
    }

    [Fact]
    public async Task A_mission_page_shows_each_side_of_a_conflict_in_its_letters_whole_sentence_with_the_quote_marked()
    {
        using var http = new HttpClient();
        using var mission = JsonDocument.Parse(await http.GetStringAsync(new Uri(server.Url + "/api/missions/anti-isis")));
        // The page shows the first ten conflicts, six sides each (MissionPage): the sides the API gives a sentence.
        var sides = mission.RootElement.GetProperty("mission").GetProperty("conflicts").EnumerateArray().Take(10)
            .SelectMany(c => c.GetProperty("items").EnumerateArray().Take(6))
            .Where(i => i.GetProperty("sentence").ValueKind == JsonValueKind.String)
            .Select(i => (Sentence: i.GetProperty("sentence").GetString()!, Quote: i.GetProperty("quote").GetString()!))
            .ToList();
        Assert.NotEmpty(sides);
        var page = await server.NewPageAsync();

        await page.GotoAsync(server.Url + "/missies/anti-isis");

        var shown = page.Locator("section[aria-labelledby='conflicten'] blockquote.conflict-zin");
        Assert.Equal(sides.Select(s => s.Sentence), await shown.AllInnerTextsAsync());
        var marked = await shown.Locator("mark").AllInnerTextsAsync();
        Assert.Equal(sides.Where(s => s.Sentence.Contains(s.Quote, StringComparison.Ordinal)).Select(s => s.Quote), marked);
        Assert.NotEmpty(marked);
    }

    [Fact]
    public async Task Listings_page_with_shareable_addresses_and_say_their_total_in_Dutch()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(server.Url + "/zoeken?q=militairen");
        var heading = await page.Locator("#resultaten").InnerTextAsync();
        Assert.Matches(@"^\d+ resultaten?", heading);
        Assert.DoesNotMatch(@"^1 resultaten", heading);

        var response = await page.GotoAsync(server.Url + "/zoeken?q=ISIS&jaar=abc");
        Assert.Equal(400, response!.Status);
        Assert.Contains("geen jaartal", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        response = await page.GotoAsync(server.Url + "/bestaat-niet");
        Assert.Equal(404, response!.Status);
        Assert.Contains("bestaat niet", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(server.Url + "/toezeggingen");
        var total = await page.Locator("p.totaal").InnerTextAsync();
        Assert.Matches(@"^\d+ toezegging(en)?", total);
    }
}
