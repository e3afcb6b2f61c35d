using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;

namespace Mandaat.Web.Pages;

/// <summary>"/": what changed lately, the missions and the open commitments, each with the way to its whole list.</summary>
public static class HomeEndpoint
{
    private const int Shown = 8;

    // The register the store keeps, never the documents themselves: the home page costs the same at any store size.
    public static async Task<IResult> RenderAsync(LazyStore lazy, MissionRegister register, CommitmentTracker tracker, CancellationToken ct)
    {
        var store = await lazy.GetAsync();
        var state = await register.IndexAsync(store, ct);
        var recent = await HomeParts.RecentAsync(store, state, Shown, ct);
        var missions = state.Missions;
        var open = await tracker.ListAsync(store, new CommitmentFilter(CommitmentStatus.Open, null, null, null), ct);
        var model = new HomeModel(
            recent.Items,
            recent.Total,
            [.. missions.OrderBy(m => m.Last is null).ThenByDescending(m => m.Last).Take(Shown)],
            missions.Count,
            HomeParts.NewestKept(open, Shown),
            open.Count);
        return PageResult.Render<HomePage>(new { Model = model });
    }
}
