using Mandaat.Contract;
using Mandaat.Missions;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>/api/missions and /api/commitments: the register, as `missions`, `mission` and `commitments` print it.</summary>
public static class RegisterEndpoints
{
    public static MissionRegister Missions => new(MissionCatalog.Default);

    public static CommitmentTracker Commitments => new(MissionCatalog.Default);

    public static void MapRegisterApi(this IEndpointRouteBuilder app)
    {
        var missions = app.MapGroup("/api/missions").WithTags("Missies");
        missions.MapGet("/", async (LazyStore store, CancellationToken ct) =>
                ApiJson.Ok<object>((await Missions.ListAsync(await store.GetAsync(), ct)).Select(RegisterJson.Summary)))
            .WithName("ListMissions").WithSummary("The missions the stored documents concern (`missions --json`).");
        missions.MapGet("/{id}", GetMissionAsync).WithName("GetMission").WithSummary("One mission with components, conflicts and timeline (`mission --json`).");
        app.MapGroup("/api/commitments").WithTags("Toezeggingen").MapGet("/", ListCommitmentsAsync)
            .WithName("ListCommitments").WithSummary("Commitments to parliament (`commitments --json`); ?status=open|fulfilled.");
    }

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> GetMissionAsync(LazyStore store, string id, CancellationToken ct)
    {
        var detail = await FindAsync(store, id, ct);
        return detail is null
            ? TypedResults.Problem($"No mission '{id}' in the catalogue; GET /api/missions lists them.", statusCode: StatusCodes.Status404NotFound)
            : ApiJson.Ok(RegisterJson.Detail(detail));
    }

    public static async Task<MissionDetail?> FindAsync(LazyStore store, string id, CancellationToken ct)
    {
        if (id.Length > 200 || MissionCatalog.Default.Find(id.Trim()) is not { } mission)
        {
            return null;
        }

        var register = Missions;
        return register.Build(await register.LoadAsync(await store.GetAsync(), ct), mission);
    }

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> ListCommitmentsAsync(LazyStore store, string? status, CancellationToken ct)
    {
        if (status is not (null or CommitmentStatus.Open or CommitmentStatus.Fulfilled))
        {
            return TypedResults.Problem("status is open or fulfilled.", statusCode: StatusCodes.Status400BadRequest);
        }

        var commitments = await Commitments.ListAsync(await store.GetAsync(), new CommitmentFilter(status), ct);
        return ApiJson.Ok<object>(commitments.Select(RegisterJson.Commitment));
    }
}
