using System.Text;
using Mandaat.Store;
using Mandaat.Web.Api;

namespace Mandaat.Web.Pages;

/// <summary>"/zoeken?q=": the search form with filters (soort, dossier, jaar) and the hits with their snippets.</summary>
public static class SearchPage
{
    public static async Task<IResult> RenderAsync(LazyStore store, string? q, string? kind, string? dossier, string? jaar, CancellationToken ct)
    {
        var kinds = (await (await store.GetAsync()).ListAsync(DocumentFilter.None, ct)).Select(d => d.Kind.Slug).Distinct().Order(StringComparer.Ordinal);
        var html = new StringBuilder("<form class=\"zoeken\" action=\"/zoeken\" method=\"get\">");
        html.Append($"<p><label for=\"q\">Zoekterm</label> <input id=\"q\" name=\"q\" type=\"search\" value=\"{Html.E(q)}\"></p>");
        html.Append("<p><label for=\"kind\">Soort</label> <select id=\"kind\" name=\"kind\"><option value=\"\">alle soorten</option>");
        foreach (var k in kinds)
        {
            html.Append($"<option{(k == kind ? " selected" : string.Empty)}>{Html.E(k)}</option>");
        }

        html.Append($"</select> <label for=\"dossier\">Dossier</label> <input id=\"dossier\" name=\"dossier\" value=\"{Html.E(dossier)}\" size=\"10\">");
        html.Append($" <label for=\"jaar\">Jaar</label> <input id=\"jaar\" name=\"jaar\" inputmode=\"numeric\" value=\"{Html.E(jaar)}\" size=\"5\"> <button type=\"submit\">Zoeken</button></p></form>");
        if (!string.IsNullOrWhiteSpace(q))
        {
            var year = int.TryParse(jaar, out var y) && y is > 1800 and < 3000 ? jaar : null;
            var (hits, error) = await SearchEndpoints.RunAsync(store, q, kind, dossier, year, year, 50, null, ct);
            html.Append(error is not null ? $"<p role=\"alert\">De zoekvraag kon niet worden gelezen: {Html.E(error)}</p>" : Results(hits!));
        }

        return Html.Page("Zoeken", html.ToString());
    }

    private static string Results(IReadOnlyList<Mandaat.Search.Ranking.SearchHit> hits)
    {
        var html = new StringBuilder($"<section aria-labelledby=\"resultaten\"><h2 id=\"resultaten\">{hits.Count} resultaten</h2><ol class=\"resultaten\">");
        foreach (var h in hits)
        {
            html.Append($"<li><a href=\"/documenten/{Html.E(h.Id)}\">{Html.E(h.Title)}</a> <small>({Html.E(h.Kind.Slug)}, {Html.Date(h.Date)})</small><p class=\"snippet\">{Html.Snippet(h.Snippet)}</p></li>");
        }

        return html.Append("</ol></section>").ToString();
    }
}
