using System.Text;

namespace Mandaat.Web.Pages;

/// <summary>"/api": the routes with their summaries, read from the endpoints themselves, and a link to the OpenAPI JSON.</summary>
public static class ApiReferencePage
{
    public static IResult Render(EndpointDataSource endpoints)
    {
        var html = new StringBuilder("<p>De volledige beschrijving staat in <a href=\"/openapi/v1.json\">/openapi/v1.json</a> (OpenAPI). Lezen is openbaar; schrijven vraagt <code>Authorization: Bearer &lt;token&gt;</code>.</p><table><thead><tr><th scope=\"col\">Methode</th><th scope=\"col\">Route</th><th scope=\"col\">Omschrijving</th></tr></thead><tbody>");
        foreach (var e in endpoints.Endpoints.OfType<RouteEndpoint>().Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true))
        {
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            var summary = e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>()?.Summary;
            html.Append($"<tr><td>{Html.E(string.Join(", ", methods))}</td><td><code>{Html.E(e.RoutePattern.RawText)}</code></td><td>{Html.E(summary)}</td></tr>");
        }

        return Html.Page("API", html.Append("</tbody></table>").ToString());
    }
}
