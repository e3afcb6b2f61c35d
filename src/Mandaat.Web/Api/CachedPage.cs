using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Mandaat.Web.Api;

/// <summary>
/// One page of a list answered as <see cref="PagedResult"/> answers it, serialised once: the JSON body (the items, or
/// the envelope), the page's numbers for <c>X-Total-Count</c> and <c>Link</c>, and a strong ETag of the body. Kept per
/// state of the register (<see cref="Register.Materialised.PerStateMemo{TState, TValue}"/>), so a list whose body grows with the
/// store (every mission with its papers' ids) is not serialised again for every request.
/// </summary>
public sealed class CachedPage
{
    private CachedPage(byte[] body, int total, int page, int pages)
    {
        Body = body;
        Total = total;
        Page = page;
        Pages = pages;
        ETag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12))}\"");
    }

    public byte[] Body { get; }

    public int Total { get; }

    public int Page { get; }

    public int Pages { get; }

    public EntityTagHeaderValue ETag { get; }

    /// <summary>The page as <see cref="PagedResult.Ok{T}(HttpContext, PageJson{T})"/> would write it, for the envelope or the bare items.</summary>
    public static CachedPage Of<T>(PageJson<T> page, bool envelope)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Serialised as object, as TypedResults.Json(object) writes it: the same bytes, the runtime type's properties.
        var body = JsonSerializer.SerializeToUtf8Bytes<object>(envelope ? page : page.Items, ApiJson.Options);
        return new CachedPage(body, page.Total, page.Page, page.Pages);
    }

    /// <summary>The memo's key of a page of a list: its number, size and whether the envelope was asked for.</summary>
    public static string Key(Core.Paging.PageRequest paging, bool envelope)
    {
        ArgumentNullException.ThrowIfNull(paging);
        return string.Create(CultureInfo.InvariantCulture, $"{paging.Number}|{paging.Size}|{(envelope ? "e" : "a")}");
    }

    /// <summary>The answer to this request: the paging headers and the ETag, then 304 when the client's copy is this one, else the body.</summary>
    public IResult Answer(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        PagedResult.SetHeaders(context, Total, Page, Pages);
        context.Response.GetTypedHeaders().ETag = ETag;
        var asked = context.Request.GetTypedHeaders().IfNoneMatch;
        return asked is { Count: > 0 } && asked.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(ETag, useStrongComparison: false))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(Body, "application/json; charset=utf-8");
    }
}
