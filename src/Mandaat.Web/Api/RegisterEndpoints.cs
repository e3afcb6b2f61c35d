using Mandaat.Contract;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>
/// /api/missions and /api/commitments: the register, as `missions`, `mission` and `commitments` print it, with
/// the register services of the composition root (on the catalogue the extractor tags with).
/// </summary>
public static class RegisterEndpoints
{
    public static void MapRegisterApi(this IEndpointRouteBuilder app)
    {
        var missions = app.MapGroup("/api/missions").WithTags("Missies");
        missions.MapGet("/", async (LazyStore store, MissionRegister register, CancellationToken ct) =>
                ApiJson.Ok<object>((await register.ListAsync(await store.GetAsync(), ct)).Select(RegisterJson.Summary)))
            .WithName("ListMissions").WithSummary("The missions the stored documents concern (`missions --json`).");
        missions.MapGet("/{id}", GetMissionAsync).WithName("GetMission").WithSummary("One mission with components, conflicts and timeline (`mission --json`).");
        app.MapGroup("/api/commitments").WithTags("Toezeggingen").MapGet("/", ListCommitmentsAsync)
            .WithName("ListCommitments").WithSummary("Commitments to parliament (`commitments --json`); ?status=open|fulfilled.");
    }

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> GetMissionAsync(LazyStore store, MissionRegister register, string id, CancellationToken ct)
    {
        var detail = await FindAsync(store, register, id, ct);
        return detail is null
            ? TypedResults.Problem($"No mission '{id}' in the catalogue; GET /api/missions lists them.", statusCode: StatusCodes.Status404NotFound)
            : ApiJson.Ok(RegisterJson.Detail(detail));
    }

    /// <summary>One mission by catalogue id or name, null when the catalogue has none (or the id is too long to be one).</summary>
    public static async Task<MissionDetail?> FindAsync(LazyStore store, MissionRegister register, string id, CancellationToken ct) =>
        id.Length > 200 ? null : await register.GetAsync(await store.GetAsync(), id, ct);

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> ListCommitmentsAsync(LazyStore store, CommitmentTracker tracker, string? status, CancellationToken ct)
    {
        if (status is not (null or CommitmentStatus.Open or CommitmentStatus.Fulfilled))
        {
            return TypedResults.Problem("status is open or fulfilled.", statusCode: StatusCodes.Status400BadRequest);
        }

        var commitments = await tracker.ListAsync(await store.GetAsync(), new CommitmentFilter(status), ct);
        return ApiJson.Ok<object>(commitments.Select(RegisterJson.Commitment));
    }
}
