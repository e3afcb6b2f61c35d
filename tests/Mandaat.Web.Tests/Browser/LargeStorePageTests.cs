using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Mandaat.Web.Tests.Browser;

/// <summary>
/// The pages on a store of 2,000 papers (issue 24's "Done when"): every page at 1280 and 390 px with axe and no English,
/// and what 2,000 papers change — the totals and page counts a listing shows are the API's X-Total-Count, its last
/// page is reachable and holds the rest, no page shows more than a page, a page past the last says so, and a page's
/// HTML does not grow with the store (its bytes against the same page on the samples' store; never its time).
/// </summary>
public sealed partial class LargeStorePageTests(LargeLiveServer large, LiveServer samples, ITestOutputHelper output) : IClassFixture<LargeLiveServer>, IClassFixture<LiveServer>
{
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>A listing page, the API list it pages, and the selector of its items.</summary>
    public sealed record Listing(string Page, string Api, string Items);

    private static readonly Listing[] Listings =
    [
        new("/documenten", "/api/documents", "main ul.lijst > li"),
        new("/documenten?soort=brief", "/api/documents?kind=brief", "main ul.lijst > li"),
        new("/documenten?missie=anti-isis", "/api/documents?mission=anti-isis", "main ul.lijst > li"),
        new("/dossiers/29521", "/api/documents?dossier=29521", "main ol.lijst > li"),
        new("/toezeggingen", "/api/commitments", "main ul.lijst > li"),
        new("/missies", "/api/missions", "main ul.lijst > li"),
        new("/zoeken?q=militairen", "/api/search?q=militairen", "main ol.resultaten > li"),
    ];

    /// <summary>Pages whose size must not follow the store's: the samples' store has 7 papers, this one 2,000.</summary>
    private static readonly string[] BoundedPages =
    [
        "/", "/missies", "/missies/anti-isis", "/documenten", "/documenten?missie=anti-isis", "/dossiers", "/dossiers/27925",
        "/toezeggingen", "/zoeken?q=militairen", "/zoeken?q=ISIS",
    ];

    [Fact]
    public async Task The_store_holds_two_thousand_papers()
    {
        Assert.Equal(LargeStore.Documents, await TotalAsync(large, "/api/documents"));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Every_page_fits_the_width_and_has_no_serious_accessibility_violation(int width)
    {
        var problems = await PageChecks.FitAndAccessibilityAsync(large, await PathsAsync(), width);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task No_known_English_UI_word_reaches_a_page()
    {
        var leaks = await PageChecks.EnglishLeaksAsync(large, await PathsAsync());
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task Every_listing_shows_the_APIs_total_a_page_at_a_time_and_its_last_page_holds_the_rest()
    {
        var page = await large.NewPageAsync();
        var problems = new List<string>();
        foreach (var listing in Listings)
        {
            var total = await TotalAsync(large, listing.Api);
            await page.GotoAsync(large.Url + listing.Page);
            var shown = await ShownTotalAsync(page);
            var size = await page.Locator(listing.Items).CountAsync();
            if (shown != total)
            {
                problems.Add($"{listing.Page} shows {shown} in all, the API's X-Total-Count is {total}");
            }

            if (size == 0)
            {
                problems.Add($"{listing.Page} shows no items ({listing.Items}) of {total}");
                continue;
            }

            if (total <= size)
            {
                problems.Add($"{listing.Page}: {total} in all fit on one page of {size}; the listing is no test of paging at 2,000 papers");
                continue;
            }

            if (size > 20)
            {
                problems.Add($"{listing.Page} shows {size} items on a page");
            }

            var pages = (int)((total + size - 1) / size);
            var stated = await page.Locator("nav.pager p").InnerTextAsync();
            if (stated != $"Pagina 1 van {Dutch(pages)}")
            {
                problems.Add($"{listing.Page} says \"{stated}\", expected {pages} pages of {size}");
            }

            // The pager leads to the last page (its link, as a reader would follow it), and that page holds the rest.
            await page.Locator($"nav.pager a[aria-label='Pagina {Dutch(pages)}']").ClickAsync();
            await page.WaitForURLAsync(new Regex($"pagina={pages}"), Committed);
            await page.Locator(listing.Items).First.WaitForAsync();
            var rest = await page.Locator(listing.Items).CountAsync();
            if (rest != total - ((pages - 1) * size))
            {
                problems.Add($"{listing.Page} page {pages} shows {rest} items of the {total - ((pages - 1) * size)} left");
            }

            if (await page.Locator("nav.pager a[rel='next']").CountAsync() != 0)
            {
                problems.Add($"{listing.Page} page {pages} of {pages} offers a next page");
            }

            var status = await page.Locator("p.totaal, #resultaten").First.InnerTextAsync();
            if (!status.Contains($"{Dutch(total - rest + 1)}–{Dutch(total)} getoond", StringComparison.Ordinal))
            {
                problems.Add($"{listing.Page} page {pages} says \"{status}\"");
            }

            // A shared address of a page past the last (the listing shrank since): no empty page with positions past the end.
            await page.GotoAsync(large.Url + Paged(listing.Page, pages + 1));
            var past = await page.Locator("main").InnerTextAsync();
            if (!past.Contains($"Pagina {Dutch(pages + 1)} bestaat niet", StringComparison.Ordinal) || past.Contains("getoond", StringComparison.Ordinal))
            {
                problems.Add($"{listing.Page} page {pages + 1} of {pages} does not say it does not exist");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_pages_html_does_not_grow_with_the_store()
    {
        using var client = new HttpClient();
        var sizes = new List<string>();
        var problems = new List<string>();
        foreach (var path in BoundedPages)
        {
            var small = (await client.GetByteArrayAsync(samples.Url + path)).Length;
            var big = (await client.GetByteArrayAsync(large.Url + path)).Length;
            sizes.Add($"{path}: {small:N0} → {big:N0} bytes");
            // 285 times the papers; a page of the same bounded parts may hold longer titles and fuller sections, not more rows.
            if (big > (3 * small) + 30_000)
            {
                problems.Add($"{path}: {big:N0} bytes on 2,000 papers against {small:N0} on the samples");
            }
        }

        output.WriteLine(string.Join("\n", sizes));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Search_hit_to_question_to_document_to_mission_to_all_its_papers_and_a_cited_Kamerstuk()
    {
        var page = await large.NewPageAsync();
        await page.GotoAsync(large.Url + "/zoeken");
        await page.GetByLabel("Zoekterm").FillAsync("vraag:militairen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/zoeken?**", Committed);

        var question = page.Locator("a.vraaglink").First;
        var target = (await question.GetAttributeAsync("href"))!;
        Assert.Matches("^/documenten/[^#]+#vraag-", target);
        await question.ClickAsync();
        await page.WaitForURLAsync("**" + target, Committed);
        var anchor = page.Locator(target[target.IndexOf('#', StringComparison.Ordinal)..]);
        await anchor.WaitForAsync();
        Assert.StartsWith("Vraag ", await anchor.Locator("h3").InnerTextAsync(), StringComparison.Ordinal);

        var mission = page.Locator("dl.gegevens a[href^='/missies/']").First;
        var missionPath = (await mission.GetAttributeAsync("href"))!;
        await mission.ClickAsync();
        await page.WaitForURLAsync("**" + missionPath, Committed);
        var all = page.Locator("section[aria-labelledby='stukken'] p.meer a");
        var count = Number(await all.InnerTextAsync());
        await all.ClickAsync();
        await page.WaitForURLAsync("**/documenten?missie=**", Committed);
        Assert.Equal(count, await ShownTotalAsync(page));

        // The letter that cites a sample, found among 2,000 by its words, leads to the Kamerstuk it cites, which names it back.
        await page.GotoAsync(large.Url + "/zoeken?q=" + Uri.EscapeDataString("\"bijdrage aan de anti-ISIS-coalitie doorgaat\""));
        await page.Locator($"main ol.resultaten a[href='/documenten/{SampleStore.CitingId}']").First.ClickAsync();
        await page.WaitForURLAsync("**/documenten/" + SampleStore.CitingId, Committed);
        await page.Locator($"section[aria-labelledby='verwijst'] a[href='/documenten/{SampleStore.CitedId}']").ClickAsync();
        await page.WaitForURLAsync("**/documenten/" + SampleStore.CitedId, Committed);
        Assert.Contains(SampleStore.CitingId, await page.Locator("section[aria-labelledby='aangehaald'] a").First.GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    /// <summary>Every page of the issue, with the last pages of the long listings as the API counts them.</summary>
    private async Task<string[]> PathsAsync()
    {
        var documents = await LastPageAsync("/api/documents", 20);
        var commitments = await LastPageAsync("/api/commitments", 20);
        var hits = await LastPageAsync("/api/search?q=militairen", 10);
        return
        [
            "/", "/missies", "/missies?pagina=2", "/missies/anti-isis", "/documenten", "/documenten?soort=brief&pagina=2",
            "/documenten?jaar=2015&missie=anti-isis", $"/documenten?pagina={documents}", "/documenten/" + SampleStore.CitedId,
            "/documenten/" + SampleStore.CitingId, "/dossiers", "/dossiers/29521", "/dossiers/29521?pagina=2", "/toezeggingen",
            "/toezeggingen?pagina=2", $"/toezeggingen?pagina={commitments}", "/zoeken?q=militairen", "/zoeken?q=militairen&pagina=2",
            $"/zoeken?q=militairen&pagina={hits}", "/zoeken?q=militairen&soort=brief", "/zoeken?q=onderzeebotenvloot",
        ];
    }

    private async Task<long> LastPageAsync(string api, int size) => (await TotalAsync(large, api) + size - 1) / size;

    private static async Task<long> TotalAsync(LiveSite site, string api)
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(site.Url + api);
        response.EnsureSuccessStatusCode();
        return long.Parse(response.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture);
    }

    /// <summary>The total a listing states first ("1.961 stukken, 1–20 getoond", "1.011 resultaten, …").</summary>
    private static async Task<long> ShownTotalAsync(IPage page) => Number(await page.Locator("p.totaal, #resultaten").First.InnerTextAsync());

    private static long Number(string text) => long.Parse(FirstNumber().Match(text).Value.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static string Dutch(long n) => n.ToString("#,0", CultureInfo.GetCultureInfo("nl-NL"));

    private static string Paged(string path, long page) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "pagina=" + page.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d[\d.]*")]
    private static partial Regex FirstNumber();
}
