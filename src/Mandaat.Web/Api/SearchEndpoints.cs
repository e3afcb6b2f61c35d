using Mandaat.Contract;
using Mandaat.Register.Missions;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store;
using Mandaat.Web.Api.Schemas;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>/api/search: the CLI's search, one hit per document with its best passages, paged with a total and facet counts, rate-limited per client.</summary>
public static class SearchEndpoints
{
    public static readonly IReadOnlyList<string> Sorts = ["relevance", "date"];

    public static void MapSearchApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/search").WithTags("Zoeken").RequireRateLimiting(SearchRateLimit.Policy)
            .MapGet("/", SearchAsync).WithName("Search")
            .WithSummary("Dutch full-text search (`search --json`), one hit per document with its best passages, the total and (with ?envelope=true) counts by kind, year, dossier and mission; " +
                "?q= (the query language of SEARCH.md) &kind=&dossier=&from=&to= (2020, 2020-05 or 2020-05-31) &year=&mission=&sort=relevance|date, paged with ?page=&pageSize= (limit= is pageSize).")
            .Produces<IReadOnlyList<SearchHitSchema>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests).ReadOnly();

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> SearchAsync(
        LazyStore store, MissionRegister register, HttpContext context, string? q, string? kind, string? dossier, string? from, string? to, string? year, string? mission,
        string? sort, string? page, string? pageSize, string? limit, CancellationToken ct)
    {
        var (paging, pagingProblem) = ApiPaging.Read(page, string.IsNullOrWhiteSpace(pageSize) ? limit : pageSize);
        if (paging is null)
        {
            return pagingProblem!;
        }

        var (request, problem) = Request(q, kind, dossier, from, to, year, sort);
        if (request is null)
        {
            return problem!;
        }

        IReadOnlySet<string>? within = null;
        if (!string.IsNullOrWhiteSpace(mission))
        {
            if (await RegisterEndpoints.FindAsync(store, register, mission.Trim(), ct) is not { } found)
            {
                return ApiProblem.InvalidParameter("mission", $"Onbekende missie '{mission}'; GET /api/missions noemt de missies.");
            }

            within = found.Mission.Documents.ToHashSet(StringComparer.Ordinal);
        }

        if (await store.GetAsync() is not ISearchService search)
        {
            return ApiProblem.Status(StatusCodes.Status501NotImplemented, "Deze opslag kan niet zoeken.");
        }

        // The array answer carries the total alone (X-Total-Count): its facets would rank every matching document.
        var outcome = await search.SearchPageAsync(request, new SearchPaging(paging, Within: within, Facets: PagedResult.WantsEnvelope(context)), ct);
        if (!outcome.Succeeded)
        {
            return ApiProblem.InvalidParameter("q", $"De zoekvraag is niet te lezen: {outcome.Error}");
        }

        var results = outcome.Value;
        var documents = results.Documents;
        // The mission facet, as the search page counts it: the register knows each document's missions, the
        // search does not. Only the envelope shows facets, so only it pays for reading the register.
        var missions = PagedResult.WantsEnvelope(context)
            ? new Pages.MissionIndex(await register.IndexAsync(await store.GetAsync(), ct)).Facets(results.DocumentIds)
            : null;
        return PagedResult.Ok(context, new FacetedPageJson<object>(
            [.. documents.Items.Select(SearchHitJson.Create)], documents.Total, paging.Number, paging.Size, documents.Pages,
            new FacetsJson(results.Kinds, results.Years, results.Dossiers, missions)));
    }

    /// <summary>The search a query string asks for, or the problem with its first bad parameter.</summary>
    public static (SearchRequest? Request, ProblemHttpResult? Problem) Request(string? q, string? kind, string? dossier, string? from, string? to, string? year, string? sort)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return (null, ApiProblem.InvalidParameter("q", "Geef een zoekvraag in q, bijvoorbeeld q=KDC-10 of q=\"force protection\"."));
        }

        var problems = new[]
        {
            ApiFilters.Kind(kind, out var wantedKind),
            ApiFilters.Dossier(dossier, out var wantedDossier),
            ApiFilters.Date(from, "from", end: false, out var start),
            ApiFilters.Date(to, "to", end: true, out var end),
            ApiFilters.Year(year, out var wantedYear),
            ApiFilters.OneOf(sort, "sort", Sorts, out var order),
        };
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
        {
            return (null, problem);
        }

        if (wantedYear is { } y)
        {
            // A year narrows from and to to that year (and to what they already allow within it).
            start = Later(start, new DateOnly(y, 1, 1));
            end = Earlier(end, new DateOnly(y, 12, 31));
        }

        return (new SearchRequest(q.Trim(), wantedKind?.Slug, wantedDossier, start, end, SearchRequest.DefaultLimit, order == "date" ? SearchSort.Date : SearchSort.Relevance), null);
    }

    /// <summary>The hits of a search, or what was wrong with it (Dutch); a page may use it for a fixed number of hits.</summary>
    public static async Task<(IReadOnlyList<SearchHit>? Hits, string? Error)> RunAsync(
        LazyStore store, string? q, string? kind, string? dossier, string? from, string? to, int? limit, string? sort, CancellationToken ct)
    {
        if (limit is < 1 or > SearchRequest.MaxLimit)
        {
            return (null, $"limit is een aantal van 1 tot en met {SearchRequest.MaxLimit}.");
        }

        var (request, problem) = Request(q, kind, dossier, from, to, null, sort);
        if (request is null)
        {
            return (null, problem!.ProblemDetails.Detail);
        }

        if (await store.GetAsync() is not ISearchService search)
        {
            return (null, "Deze opslag kan niet zoeken.");
        }

        var outcome = await search.SearchAsync(request with { Limit = limit ?? SearchRequest.DefaultLimit }, ct);
        return outcome.Succeeded ? (outcome.Value, null) : (null, outcome.Error);
    }

    private static DateOnly Later(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;

    private static DateOnly Earlier(DateOnly? a, DateOnly b) => a is { } x && x < b ? x : b;
}
