using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>
/// A page answered as JSON, with the total also in <c>X-Total-Count</c> and the neighbouring pages in a
/// <c>Link</c> header (RFC 8288), so a client that follows links need not build URLs.
/// </summary>
public static class PagedResult
{
    public static JsonHttpResult<Paged<T>> Ok<T>(HttpContext context, Paged<T> page)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(page);
        var headers = context.Response.Headers;
        headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
        var links = new List<string>();
        if (page.Page > 1)
        {
            links.Add($"<{Url(context.Request, page.Page - 1)}>; rel=\"prev\"");
        }

        if ((long)page.Page * page.PageSize < page.Total)
        {
            links.Add($"<{Url(context.Request, page.Page + 1)}>; rel=\"next\"");
        }

        if (links.Count > 0)
        {
            headers.Link = string.Join(", ", links);
        }

        return TypedResults.Json(page, ApiJson.Options);
    }

    private static string Url(HttpRequest request, int page)
    {
        var query = request.Query.Where(p => p.Key != "page").Select(p => (p.Key, Value: p.Value.ToString())).Append(("page", page.ToString(CultureInfo.InvariantCulture)));
        return request.Path + QueryString.Create(query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
    }
}
