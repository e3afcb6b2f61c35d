using System.Globalization;
using Mandaat.Core.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>
/// Reads <c>page</c> (from 1) and <c>pageSize</c> (1 to <see cref="PageRequest.MaxSize"/>) into the shared
/// <see cref="PageRequest"/>. Both are read as text so that "abc" is a Dutch problem naming the parameter, not the
/// framework's bare 400.
/// </summary>
public static class ApiPaging
{
    public static (PageRequest? Request, ProblemHttpResult? Problem) Read(string? page, string? pageSize, int defaultSize = PageRequest.DefaultSize)
    {
        if (!TryNumber(page, 1, out var number) || number < 1)
        {
            return (null, ApiProblem.InvalidParameter("page", $"page is een paginanummer vanaf 1, niet '{page}'."));
        }

        if (!TryNumber(pageSize, defaultSize, out var size) || size is < 1 or > PageRequest.MaxSize)
        {
            return (null, ApiProblem.InvalidParameter("pageSize", $"pageSize is een aantal van 1 tot en met {PageRequest.MaxSize}, niet '{pageSize}'."));
        }

        return (new PageRequest(number, size), null);
    }

    /// <summary>A whole number given in a query parameter, or the default when it is absent.</summary>
    public static bool TryNumber(string? text, int absent, out int value)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = absent;
            return true;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
