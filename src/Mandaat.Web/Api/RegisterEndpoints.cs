using Mandaat.Contract;
using Mandaat.Register.Commitments;
using Mandaat.Register.Materialised;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Web.Api.Schemas;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>
/// /api/missions and /api/commitments: the register, as `missions`, `mission` and `commitments` print it, with
/// the register services of the composition root (on the catalogue the extractor tags with), paged with totals.
/// </summary>
public static class RegisterEndpoints
{
    // Pages (number, size, envelope) of the missions list kept per state: the default page and a client's few.
    private const int MissionPagesKept = 16;

    public static readonly IReadOnlyList<string> Statuses = [CommitmentStatus.Open, CommitmentStatus.Fulfilled];

    // Every mission with all its papers' ids (the contract's shape): the body grows with the store, and is the same
    // for every request of one state of the register, so each page is serialised once per state (its MissionList).
    private static readonly PerStateMemo<MissionList, CachedPage> MissionPages = new(MissionPagesKept);

    public static void MapRegisterApi(this IEndpointRouteBuilder app)
    {
        var missions = app.MapGroup("/api/missions").WithTags("Missies");
        missions.MapGet("/", ListMissionsAsync).WithName("ListMissions")
            .WithSummary("The missions the stored documents concern (`missions --json`), paged with ?page=&pageSize= (default 200).")
            .Produces<IReadOnlyList<MissionSchema>>().ProducesProblem(StatusCodes.Status400BadRequest).ReadOnly();
        missions.MapGet("/{id}", GetMissionAsync).WithName("GetMission")
            .WithSummary("One mission by catalogue id or name, with components, conflicts and timeline (`mission --json`).")
            .Produces<MissionDetailSchema>().ProducesProblem(StatusCodes.Status404NotFound).ReadOnly();
        missions.MapGet("/{id}/timeline", ListTimelineAsync).WithName("ListMissionTimeline")
            .WithSummary("A mission's timeline (`mission --json`'s `timeline`: dated events in date order, undated last), paged with ?page=&pageSize= (default 200).")
            .Produces<IReadOnlyList<TimelineEventSchema>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ReadOnly();
        app.MapGroup("/api/commitments").WithTags("Toezeggingen").MapGet("/", ListCommitmentsAsync).WithName("ListCommitments")
            .WithSummary("Commitments to parliament (`commitments --json`); ?status=open|fulfilled&mission=&from=&to= (made on or after / before: 2016, 2016-09 or 2016-09-29), paged with ?page=&pageSize= (default 200).")
            .Produces<IReadOnlyList<CommitmentSchema>>().ProducesProblem(StatusCodes.Status400BadRequest).ReadOnly();
    }


    private static async Task<IResult> ListMissionsAsync(
        LazyStore store, MissionRegister register, HttpContext context, string? page, string? pageSize, CancellationToken ct)
    {
        var (paging, problem) = ApiPaging.Read(page, pageSize, Core.Paging.PageRequest.MaxSize);
        if (paging is null)
        {
            return problem!;
        }

        var envelope = PagedResult.WantsEnvelope(context);
        var state = await register.IndexAsync(await store.GetAsync(), ct);
        var cached = await MissionPages.GetAsync(
            state, CachedPage.Key(paging, envelope), () => Task.FromResult(CachedPage.Of(PageJson<object>.From(paging.Apply(state.Missions), RegisterJson.Summary), envelope)), ct);
        return cached.Answer(context);
    }

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> GetMissionAsync(LazyStore store, MissionRegister register, string id, CancellationToken ct)
    {
        var detail = await FindAsync(store, register, id, ct);
        return detail is null
            ? ApiProblem.NotFound($"De catalogus kent geen missie '{id}'; GET /api/missions noemt de missies.")
            : ApiJson.Ok(RegisterJson.Detail(detail));
    }

    // A mission of hundreds of letters (anti-ISIS) has a timeline too long for one answer; it pages like every list.
    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> ListTimelineAsync(
        LazyStore store, MissionRegister register, HttpContext context, string id, string? page, string? pageSize, CancellationToken ct)
    {
        var (paging, problem) = ApiPaging.Read(page, pageSize, Core.Paging.PageRequest.MaxSize);
        if (paging is null)
        {
            return problem!;
        }

        return await FindAsync(store, register, id, ct) is not { } detail
            ? ApiProblem.NotFound($"De catalogus kent geen missie '{id}'; GET /api/missions noemt de missies.")
            : PagedResult.Ok(context, PageJson<object>.From(paging.Apply(detail.Timeline), RegisterJson.Event));
    }

    /// <summary>One mission by catalogue id or name, null when the catalogue has none (or the id is too long to be one).</summary>
    public static async Task<MissionDetail?> FindAsync(LazyStore store, MissionRegister register, string id, CancellationToken ct) =>
        id.Length > 200 ? null : await register.GetAsync(await store.GetAsync(), id, ct);

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> ListCommitmentsAsync(
        LazyStore store, MissionRegister register, CommitmentTracker tracker, HttpContext context,
        string? status, string? mission, string? from, string? to, string? page, string? pageSize, CancellationToken ct)
    {
        var (paging, pagingProblem) = ApiPaging.Read(page, pageSize, Core.Paging.PageRequest.MaxSize);
        if (paging is null)
        {
            return pagingProblem!;
        }

        var problems = new[]
        {
            ApiFilters.OneOf(status, "status", Statuses, out var wantedStatus),
            ApiFilters.Date(from, "from", end: false, out var start),
            ApiFilters.Date(to, "to", end: true, out var end),
        };
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
        {
            return problem;
        }

        string? missionId = null;
        if (!string.IsNullOrWhiteSpace(mission))
        {
            if (await FindAsync(store, register, mission.Trim(), ct) is not { } found)
            {
                return ApiProblem.InvalidParameter("mission", $"Onbekende missie '{mission}'; GET /api/missions noemt de missies.");
            }

            missionId = found.Mission.Id;
        }

        var commitments = await tracker.ListAsync(await store.GetAsync(), new CommitmentFilter(wantedStatus, missionId, start, end), ct);
        return PagedResult.Ok(context, PageJson<object>.From(paging.Apply(commitments), RegisterJson.Commitment));
    }
}
