using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>
/// A page answered as JSON, with the total also in <c>X-Total-Count</c> and the neighbouring pages in a
/// <c>Link</c> header (RFC 8288), so a client that follows links need not build URLs.
/// </summary>
public static class PagedResult
{
    public static JsonHttpResult<T> Ok<T>(HttpContext context, T body, int total, int page, int pages)
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

        return TypedResults.Json(body, ApiJson.Options);
    }

    public static JsonHttpResult<PageJson<T>> Ok<T>(HttpContext context, PageJson<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Ok(context, page, page.Total, page.Page, page.Pages);
    }

    public static JsonHttpResult<FacetedPageJson<T>> Ok<T>(HttpContext context, FacetedPageJson<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Ok(context, page, page.Total, page.Page, page.Pages);
    }

    private static string Url(HttpRequest request, int page)
    {
        var query = request.Query.Where(p => p.Key != "page")
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture)));
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
