using System.Text;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;

namespace Mandaat.Web.Pages;

/// <summary>"/": the missions, the latest documents and the open commitments.</summary>
public static class DashboardPage
{
    public static async Task<IResult> RenderAsync(LazyStore lazy, MissionRegister register, CommitmentTracker tracker, CancellationToken ct)
    {
        var store = await lazy.GetAsync();
        var missions = await register.ListAsync(store, ct);
        var documents = (await store.ListAsync(DocumentFilter.None, ct)).OrderByDescending(d => d.Date).Take(10);
        var open = await tracker.ListAsync(store, new CommitmentFilter(CommitmentStatus.Open), ct);

        var html = new StringBuilder("<section aria-labelledby=\"missies\"><h2 id=\"missies\">Missies</h2><table><thead><tr><th scope=\"col\">Missie</th><th scope=\"col\">Periode</th><th scope=\"col\">Max. personeel</th><th scope=\"col\">Documenten</th></tr></thead><tbody>");
        foreach (var m in missions)
        {
            html.Append($"<tr><td><a href=\"/missies/{Html.E(m.Id)}\">{Html.E(m.Name)}</a>{(m.Provisional ? " <small>(voorlopig)</small>" : string.Empty)}</td><td>{Html.Date(m.First)} – {Html.Date(m.Last)}</td><td>{m.MaxPersonnel?.ToString(Html.Dutch) ?? "–"}</td><td>{m.Documents.Count}</td></tr>");
        }

        html.Append("</tbody></table></section><section aria-labelledby=\"recent\"><h2 id=\"recent\">Laatste documenten</h2><ul>");
        foreach (var d in documents)
        {
            html.Append($"<li><a href=\"/documenten/{Html.E(d.Id)}\">{Html.E(d.Title)}</a> <small>({Html.E(d.Kind.Slug)}, {Html.Date(d.Date)})</small></li>");
        }

        html.Append($"</ul></section><section aria-labelledby=\"toezeggingen\"><h2 id=\"toezeggingen\">Openstaande toezeggingen ({open.Count})</h2><ul>");
        foreach (var c in open.Take(25))
        {
            html.Append($"<li>“{Html.E(c.Quote)}” <small>— <a href=\"/documenten/{Html.E(c.Document)}\">{Html.E(c.Document)}</a>, {Html.Date(c.Made)}</small></li>");
        }

        html.Append("</ul></section>");
        return Html.Page("Overzicht", html.ToString());
    }
}
