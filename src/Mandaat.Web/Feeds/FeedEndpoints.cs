using Mandaat.Core.Paging;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Search.Ranking;
using Mandaat.Store;
using Mandaat.Store.Listing;
using Mandaat.Web.Api;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Feeds;

/// <summary>
/// Atom feeds under /feeds, named as the Dutch pages they follow: a search (/feeds/zoeken?q=), a mission
/// (/feeds/missies/{id}), a dossier (/feeds/dossiers/{nummer}) and the open commitments (/feeds/toezeggingen).
/// Each lists its newest <see cref="MaxEntries"/> documents, newest first; a bad parameter is a problem as in the API.
/// </summary>
public static class FeedEndpoints
{
    public const int MaxEntries = 50;

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapGet("/zoeken", SearchAsync).WithName("SearchFeed").RequireRateLimiting(SearchRateLimit.Policy)
            .WithSummary("Atom feed of a search: the newest documents the query finds (q and the filters of /api/search).")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests).ReadOnly();
        feeds.MapGet("/missies/{id}", MissionAsync).WithName("MissionFeed")
            .WithSummary("Atom feed of a mission's documents, newest first.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml").ProducesProblem(StatusCodes.Status404NotFound).ReadOnly();
        feeds.MapGet("/dossiers/{nummer}", DossierAsync).WithName("DossierFeed")
            .WithSummary("Atom feed of a Kamerstuk dossier's papers, newest first.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ReadOnly();
        feeds.MapGet("/toezeggingen", CommitmentsAsync).WithName("CommitmentsFeed")
            .WithSummary("Atom feed of the open commitments to parliament, newest first; ?mission= one mission's.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml").ProducesProblem(StatusCodes.Status400BadRequest).ReadOnly();
    }

    private static async Task<IResult> SearchAsync(
        LazyStore store, HttpRequest request, string? q, string? kind, string? dossier, string? from, string? to, string? year, CancellationToken ct)
    {
        var (search, problem) = SearchEndpoints.Request(q, kind, dossier, from, to, year, "date");
        if (search is null)
        {
            return problem!;
        }

        if (await store.GetAsync() is not ISearchService searcher)
        {
            return ApiProblem.Status(StatusCodes.Status501NotImplemented, "Deze opslag kan niet zoeken.");
        }

        var outcome = await searcher.SearchPageAsync(search, new SearchPaging(new PageRequest(1, MaxEntries), PassagesPerDocument: 1, Facets: false), ct);
        if (!outcome.Succeeded)
        {
            return ApiProblem.InvalidParameter("q", $"De zoekvraag is niet te lezen: {outcome.Error}");
        }

        var entries = outcome.Value.Documents.Items.Select(h => new AtomFeed.Entry(
            h.Id, h.Title, h.Date, DocumentPage(h.Id),
            FeedText.Line(h.Kind, h.Dossier, h.Number, h.Date) + (h.Best.Count > 0 ? " — " + FeedText.Plain(h.Best[0].Snippet) : string.Empty)));
        return AtomFeed.Result(AtomFeed.Create(request, $"Mandaat: nieuwe documenten voor ‘{search.Query}’", $"Documenten die de zoekvraag ‘{search.Query}’ vindt, de nieuwste eerst.", entries));
    }

    private static async Task<IResult> MissionAsync(LazyStore store, MissionRegister register, HttpRequest request, string id, CancellationToken ct)
    {
        if (await RegisterEndpoints.FindAsync(store, register, id, ct) is not { } detail)
        {
            return ApiProblem.NotFound($"De catalogus kent geen missie '{id}'; GET /api/missions noemt de missies.");
        }

        var ids = detail.Mission.Documents.ToHashSet(StringComparer.Ordinal);
        var listing = await (await store.GetAsync()).ListPageAsync(new DocumentQuery(Within: ids), new PageRequest(1, MaxEntries), ct);
        var name = detail.Mission.Name;
        return AtomFeed.Result(AtomFeed.Create(request, $"Mandaat: missie {name}", $"Nieuwe Kamerstukken over de missie {name}, de nieuwste eerst.", Entries(listing.Documents)));
    }

    private static async Task<IResult> DossierAsync(LazyStore store, HttpRequest request, string nummer, CancellationToken ct)
    {
        if (ApiFilters.Dossier(nummer, out var dossier) is { } problem)
        {
            return problem;
        }

        var listing = await (await store.GetAsync()).ListPageAsync(new DocumentQuery(Dossier: dossier), new PageRequest(1, MaxEntries), ct);
        if (listing.Documents.Total == 0)
        {
            return ApiProblem.NotFound($"Er zijn geen documenten in dossier {dossier}.");
        }

        return AtomFeed.Result(AtomFeed.Create(request, $"Mandaat: dossier {dossier}", $"Nieuwe Kamerstukken in dossier {dossier}, de nieuwste eerst.", Entries(listing.Documents)));
    }

    private static async Task<IResult> CommitmentsAsync(LazyStore store, MissionRegister register, CommitmentTracker tracker, HttpRequest request, string? mission, CancellationToken ct)
    {
        string? missionId = null;
        var title = "Mandaat: openstaande toezeggingen";
        if (!string.IsNullOrWhiteSpace(mission))
        {
            if (await RegisterEndpoints.FindAsync(store, register, mission.Trim(), ct) is not { } found)
            {
                return ApiProblem.InvalidParameter("mission", $"Onbekende missie '{mission}'; GET /api/missions noemt de missies.");
            }

            missionId = found.Mission.Id;
            title += $" over {found.Mission.Name}";
        }

        var open = await tracker.ListAsync(await store.GetAsync(), new CommitmentFilter(CommitmentStatus.Open, missionId), ct);
        var entries = open
            .OrderBy(c => (c.Made ?? c.DocumentDate) is null).ThenByDescending(c => c.Made ?? c.DocumentDate)
            .Take(MaxEntries)
            .Select(c => new AtomFeed.Entry(c.Id, "Toezegging: " + FeedText.Shorten(c.Quote, 90), c.Made ?? c.DocumentDate, DocumentPage(c.Document), c.Quote));
        return AtomFeed.Result(AtomFeed.Create(request, title, "Toezeggingen van het kabinet aan de Kamer die nog niet zijn nagekomen, de nieuwste eerst.", entries));
    }

    private static IEnumerable<AtomFeed.Entry> Entries(Paged<DocumentSummary> documents) =>
        documents.Items.Select(d => new AtomFeed.Entry(d.Id, d.Title, d.Date, DocumentPage(d.Id), FeedText.Line(d.Kind, d.Dossier, d.Number, d.Date)));

    private static string DocumentPage(string id) => "/documenten/" + Uri.EscapeDataString(id);
}
