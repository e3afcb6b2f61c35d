using System.Text;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Web.Api;

namespace Mandaat.Web.Pages;

/// <summary>"/missies/{id}": a mission's timeline chart, its personnel and asset caps and its events.</summary>
public static class MissionPage
{
    public static async Task<IResult> RenderAsync(LazyStore store, MissionRegister register, string id, CancellationToken ct)
    {
        if (await RegisterEndpoints.FindAsync(store, register, id, ct) is not { } detail)
        {
            return Html.Page("Missie niet gevonden", $"<p>Er is geen missie ‘{Html.E(id)}’. <a href=\"/\">Naar het overzicht</a>.</p>", StatusCodes.Status404NotFound);
        }

        var m = detail.Mission;
        var html = new StringBuilder(m.Provisional
            ? "<p class=\"voorlopig\"><strong>Voorlopige missie:</strong> een besluitbrief noemt deze operatie, maar de missielijst kent haar nog niet. Voeg haar toe, voeg haar samen of hernoem haar met <code>mandaat mission merge|rename</code>.</p>"
            : string.Empty);
        html.Append($"<p>{Html.Date(m.First)} – {Html.Date(m.Last)} · status: {Html.E(m.Status.Slug)} · max. personeel: {m.MaxPersonnel?.ToString(Html.Dutch) ?? "onbekend"}</p>");
        html.Append("<section aria-labelledby=\"tijdlijn\"><h2 id=\"tijdlijn\">Tijdlijn</h2>");
        html.Append(TimelineSvg.Render(m.Name, detail.Timeline, detail.Components));
        html.Append("</section><section aria-labelledby=\"plafonds\"><h2 id=\"plafonds\">Personeel en middelen door de tijd</h2><table><thead><tr><th scope=\"col\">Datum</th><th scope=\"col\">Soort</th><th scope=\"col\">Omschrijving</th><th scope=\"col\">Aantal</th><th scope=\"col\">Bron</th></tr></thead><tbody>");
        foreach (var c in detail.Components.Where(c => c.Kind == ComponentKind.Personnel || c.Kind == ComponentKind.Asset).OrderBy(c => c.Date))
        {
            html.Append($"<tr><td>{Html.Date(c.Date)}</td><td>{(c.Kind == ComponentKind.Personnel ? "personeel" : "middel")}</td><td>{Html.E(c.Label)}</td><td>{Html.E(c.Value)}</td><td><a href=\"/documenten/{Html.E(c.Document)}\">{Html.E(c.Document)}</a></td></tr>");
        }

        html.Append("</tbody></table></section><section aria-labelledby=\"gebeurtenissen\"><h2 id=\"gebeurtenissen\">Gebeurtenissen</h2><ol>");
        foreach (var e in detail.Timeline)
        {
            html.Append($"<li>{Html.Date(e.Date)}: <a href=\"/documenten/{Html.E(e.Document)}\">{Html.E(e.Title)}</a> — {Html.E(e.Event)}</li>");
        }

        html.Append("</ol></section>");
        return Html.Page(m.Name, html.ToString());
    }
}
