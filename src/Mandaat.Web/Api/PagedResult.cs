using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>
/// A page answered as JSON. The body is the page's items, the array of the contract (shared/CLI.md: scripts read
/// <c>/api/documents</c> as <c>[DOC…]</c>); the total is in <c>X-Total-Count</c> and the neighbouring pages in a
/// <c>Link</c> header (RFC 8288), so a client that follows links need not build URLs. With <c>?envelope=true</c>
/// the body is the whole page instead: items, total, page, page size, pages and, where there are any, the counts.
/// </summary>
public static class PagedResult
{
    /// <summary>True when the request asks for the whole page (<c>envelope=true</c> or <c>1</c>) rather than the items.</summary>
    public static bool WantsEnvelope(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Request.Query["envelope"].ToString().Trim();
        return value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1";
    }

    private static JsonHttpResult<object> Ok(HttpContext context, object body, int total, int page, int pages)
    {
        SetHeaders(context, total, page, pages);
        return TypedResults.Json(body, ApiJson.Options);
    }

    /// <summary>Sets <c>X-Total-Count</c> and the <c>Link</c> to the neighbouring pages of this request.</summary>
    public static void SetHeaders(HttpContext context, int total, int page, int pages)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        var links = new List<string>();
        if (page > 1)
        {
            links.Add($"<{Url(context.Request, Math.Min(page - 1, pages))}>; rel=\"prev\"");
        }

        if (page < pages)
        {
            links.Add($"<{Url(context.Request, page + 1)}>; rel=\"next\"");
        }

        if (links.Count > 0)
        {
            headers.Link = string.Join(", ", links);
        }
    }

    public static JsonHttpResult<object> Ok<T>(HttpContext context, PageJson<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Ok(context, WantsEnvelope(context) ? page : page.Items, page.Total, page.Page, page.Pages);
    }

    public static JsonHttpResult<object> Ok<T>(HttpContext context, FacetedPageJson<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Ok(context, WantsEnvelope(context) ? page : page.Items, page.Total, page.Page, page.Pages);
    }

    private static string Url(HttpRequest request, int page)
    {
        var query = request.Query.Where(p => p.Key != "page")
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture)));
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
