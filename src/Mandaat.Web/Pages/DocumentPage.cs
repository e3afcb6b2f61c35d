using System.Text;
using Mandaat.Register.Toetsingskader;
using Mandaat.Store;
using Mandaat.Web.Api;

namespace Mandaat.Web.Pages;

/// <summary>"/documenten/{id}": the text with facts highlighted, the facts beside it, the Toetsingskader checklist and the Q&amp;A.</summary>
public static class DocumentPage
{
    public static async Task<IResult> RenderAsync(LazyStore store, string id, CancellationToken ct)
    {
        var (document, _) = await DocumentEndpoints.LookupAsync(store, id, ct);
        if (document is null)
        {
            return Html.Page("Document niet gevonden", $"<p>Er is geen document ‘{Html.E(id)}’. <a href=\"/zoeken\">Zoek een document</a>.</p>", StatusCodes.Status404NotFound);
        }

        var s = document.Summary;
        var text = MarkedText.Render(document.Text, document.Facts, out var anchors);
        var html = new StringBuilder($"<p>{Html.E(s.Kind.Slug)} · {Html.E(s.Dossier)}{(s.Number is null ? string.Empty : " nr. " + Html.E(s.Number))} · {Html.Date(s.Date)} · <a href=\"/api/documents/{Html.E(s.Id)}\">JSON</a></p>");
        foreach (var warning in IdentificationWarning.For(document))
        {
            html.Append($"<p class=\"waarschuwing\" role=\"note\">{Html.E(warning.Dutch)}</p>");
        }

        if (document.Official is { } official && Uri.TryCreate(official.Url, UriKind.Absolute, out var address) && address.Scheme is "https" or "http")
        {
            html.Append($"<p>Officiële vindplaats: <a href=\"{Html.E(official.Url)}\">{Html.E(official.Url)}</a></p>");
        }

        if (document.Versions.Count > 1)
        {
            html.Append($"<p>Versie {document.Version} van {document.Versions.Count}; eerdere versies: ");
            html.Append(string.Join(", ", document.Versions.Where(v => !v.Current).Select(v => $"<a href=\"/api/documents/{Html.E(s.Id)}?version={v.Version}\">versie {v.Version}</a>")));
            html.Append("</p>");
        }

        html.Append($"<div class=\"reader\"><article aria-labelledby=\"tekst-kop\"><h2 id=\"tekst-kop\">Tekst</h2><div class=\"tekst\">{text}</div></article>");
        html.Append($"<aside aria-labelledby=\"feiten\"><h2 id=\"feiten\">Feiten ({document.Facts.Count})</h2><ol class=\"feiten\">");
        for (var i = 0; i < document.Facts.Count; i++)
        {
            var fact = document.Facts[i];
            var label = $"<strong>{Html.E(fact.Type.Slug)}</strong>: {Html.E(fact.Quote)}";
            html.Append(anchors.TryGetValue(i, out var anchor) ? $"<li><a href=\"#{anchor}\">{label}</a></li>" : $"<li>{label}</li>");
        }

        html.Append("</ol></aside></div>");
        html.Append(Checklist(ToetsingskaderCheck.Check(document)));
        html.Append(Questions(document));
        return Html.Page(s.Title, html.ToString());
    }

    private static string Checklist(CheckResult check)
    {
        var html = new StringBuilder("<section aria-labelledby=\"toetsingskader\"><h2 id=\"toetsingskader\">Toetsingskader</h2><table><thead><tr><th scope=\"col\">Aspect</th><th scope=\"col\">Status</th><th scope=\"col\">Kopje</th></tr></thead><tbody>");
        foreach (var a in check.Aspects)
        {
            var status = a.Status switch
            {
                "present" when a.Announced is not null => "aangekondigd in de tekst",
                "present" => "aanwezig",
                "missing" => "ontbreekt",
                _ => "niet van toepassing",
            };
            html.Append($"<tr><td>{Html.E(a.Title)}</td><td class=\"{Html.E(a.Status)}\">{status}</td><td>{Html.E(a.Heading ?? a.Announced)}</td></tr>");
        }

        return html.Append("</tbody></table></section>").ToString();
    }

    private static string Questions(DocumentDetail document)
    {
        if (document.Questions.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<section aria-labelledby=\"vragen\"><h2 id=\"vragen\">Vragen en antwoorden</h2>");
        foreach (var q in document.Questions)
        {
            html.Append($"<article id=\"vraag-{q.Number}\" aria-labelledby=\"vraag-kop-{q.Number}\"><h3 id=\"vraag-kop-{q.Number}\">Vraag {q.Number}</h3><p>{Html.E(q.Question)}</p><h4>Antwoord</h4><p>{Html.E(q.Answer)}</p>");
            if (q.RefersTo.Count > 0)
            {
                html.Append("<p>Zie ook: ").Append(string.Join(", ", q.RefersTo.Select(n => $"<a href=\"#vraag-{n}\">antwoord op vraag {n}</a>"))).Append("</p>");
            }

            html.Append("</article>");
        }

        return html.Append("</section>").ToString();
    }
}
