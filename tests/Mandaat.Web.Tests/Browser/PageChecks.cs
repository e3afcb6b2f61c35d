using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Mandaat.Web.Tests.Browser;

/// <summary>
/// What every page must hold in the real browser, on any store: nothing scrolls sideways, axe-core finds no serious or
/// critical accessibility violation, and no English word known to have leaked into the UI reaches it.
/// </summary>
public static class PageChecks
{
    /// <summary>Words of the UI that once showed in English (issue 24); the quoted text of papers is left out before looking.</summary>
    private static readonly string[] Leaks =
    [
        "ended", "active", "unknown", "extension", "decision", "announcement", "personnel", "money", "reference", "commitment",
        "commitments", "fulfilled", "estimate", "realisation", "legal_basis", "artikel100", "vragen-en-antwoorden", "results",
        "undated", "Not Found", "Too Many Requests", "Bad Request", "Next", "Previous", "Search", "Upload", "Facts", "Missions",
        "Documents", "1 resultaten", "1 stukken",
    ];

    /// <summary>Each path at <paramref name="width"/> px: what overflows sideways and every serious or critical axe violation.</summary>
    public static async Task<IReadOnlyList<string>> FitAndAccessibilityAsync(LiveSite site, IEnumerable<string> paths, int width)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, BypassCSP = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        var problems = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(site.Url + path);
            await page.WaitForLoadStateAsync(LoadState.Load);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                problems.Add($"{path} at {width} px scrolls sideways by {overflow} px");
            }

            var axe = await page.RunAxe();
            foreach (var violation in axe.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                problems.Add($"{path} at {width} px: {violation.Impact} {violation.Id} ({violation.Help}) at {string.Join(", ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
            }
        }

        return problems;
    }

    /// <summary>Each path's UI text (the papers' own words left out) with every known English word found in it.</summary>
    public static async Task<IReadOnlyList<string>> EnglishLeaksAsync(LiveSite site, IEnumerable<string> paths)
    {
        var page = await site.NewPageAsync();
        var leaks = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(site.Url + path);
            await page.WaitForLoadStateAsync(LoadState.Load);
            // A word stands alone: "1 stukken" is a leak, "21 stukken" is not. The papers' own words (their text, quotes, snippets, questions, headings they print) are theirs, not the UI's; code is what one types.
            var text = await page.EvaluateAsync<string>("""
                () => {
                  const body = document.body.cloneNode(true);
                  body.querySelectorAll('.tekst, .snippet, q, .feit-zin, .vraag, .conflict li, td:last-child, h1, .lijst a, .resultaten h3, .gegevens dd, .facet a, .facet strong, svg, code').forEach(e => e.remove());
                  return body.innerText;
                }
                """);
            leaks.AddRange(Leaks.Where(word => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}-]){Regex.Escape(word)}(?![\p{{L}}-])")).Select(word => $"{path}: {word}"));
        }

        return leaks;
    }
}
