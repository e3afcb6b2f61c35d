using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>
/// Which page of a list a request asks for (<c>page</c> from 1, <c>pageSize</c> up to <see cref="MaxPageSize"/>).
/// Both are read as text so that "abc" is a Dutch problem naming the parameter, not the framework's bare 400.
/// </summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 1000;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The page asked for, or the problem with it.</summary>
    public static (PageRequest? Request, ProblemHttpResult? Problem) Read(string? page, string? pageSize, int defaultSize)
    {
        if (!TryNumber(page, 1, out var number) || number < 1)
        {
            return (null, ApiProblem.InvalidParameter("page", $"page is een paginanummer vanaf 1, niet '{page}'."));
        }

        if (!TryNumber(pageSize, defaultSize, out var size) || size is < 1 or > MaxPageSize)
        {
            return (null, ApiProblem.InvalidParameter("pageSize", $"pageSize is een aantal van 1 tot en met {MaxPageSize}, niet '{pageSize}'."));
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

    /// <summary>This page of a whole list, with the list's total.</summary>
    public Paged<T> Of<T>(IReadOnlyCollection<T> all) => new(all.Skip(Skip).Take(PageSize).ToList(), all.Count, Page, PageSize);
}
