using Mandaat.Contract;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>/api/search: the CLI's search, rate-limited per client.</summary>
public static class SearchEndpoints
{
    public static void MapSearchApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/search").WithTags("Zoeken").RequireRateLimiting(SearchRateLimit.Policy)
            .MapGet("/", SearchAsync).WithName("Search").WithSummary("Dutch full-text search with snippets (`search --json`); from/to take 2020, 2020-05 or 2020-05-31.");

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> SearchAsync(
        LazyStore store, string? q, string? kind, string? dossier, string? from, string? to, int? limit, string? sort, CancellationToken ct)
    {
        var outcome = await RunAsync(store, q, kind, dossier, from, to, limit, sort, ct);
        return outcome.Hits is { } hits
            ? ApiJson.Ok<object>(hits.Select(SearchHitJson.Create))
            : TypedResults.Problem(outcome.Error, statusCode: StatusCodes.Status400BadRequest);
    }

    /// <summary>The hits of a search, or what was wrong with it; the search page uses it too.</summary>
    public static async Task<(IReadOnlyList<SearchHit>? Hits, string? Error)> RunAsync(
        LazyStore store, string? q, string? kind, string? dossier, string? from, string? to, int? limit, string? sort, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return (null, "Give a query in q.");
        }

        if (limit is < 1 or > SearchRequest.MaxLimit)
        {
            return (null, $"limit must be between 1 and {SearchRequest.MaxLimit}.");
        }

        DateOnly? start = null, end = null;
        if ((from is not null && !QueryDates.TryParse(from, false, out var f)) || (to is not null && !QueryDates.TryParse(to, true, out var t)))
        {
            return (null, "from and to take a date such as 2020-05-31, 2020-05 or 2020.");
        }

        if (from is not null && QueryDates.TryParse(from, false, out f))
        {
            start = f;
        }

        if (to is not null && QueryDates.TryParse(to, true, out t))
        {
            end = t;
        }

        if (await store.GetAsync() is not ISearchService search)
        {
            return (null, "This store cannot search.");
        }

        var request = new SearchRequest(q, Empty(kind), Empty(dossier), start, end, limit ?? SearchRequest.DefaultLimit, sort == "date" ? SearchSort.Date : SearchSort.Relevance);
        var outcome = await search.SearchAsync(request, ct);
        return outcome.Succeeded ? (outcome.Value, null) : (null, outcome.Error);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
