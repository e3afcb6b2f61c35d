using Mandaat.Core.Paging;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Listing;

namespace Mandaat.Web.Pages;

/// <summary>"/": what changed lately, the missions and the open commitments, each with the way to its whole list.</summary>
public static class HomeEndpoint
{
    private const int Shown = 8;

    // The register the store keeps, never the documents themselves: the home page costs the same at any store size.
    public static async Task<IResult> RenderAsync(LazyStore lazy, MissionRegister register, CommitmentTracker tracker, CancellationToken ct)
    {
        var store = await lazy.GetAsync();
        var recent = await store.ListPageAsync(DocumentQuery.All, new PageRequest(1, Shown), ct);
        var missions = await register.ListAsync(store, ct);
        var open = (await tracker.ListAsync(store, new CommitmentFilter(CommitmentStatus.Open, null, null, null), ct))
            .OrderByDescending(c => c.Made ?? c.DocumentDate).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var model = new HomeModel(
            recent.Documents.Items,
            recent.Documents.Total,
            [.. missions.OrderBy(m => m.Last is null).ThenByDescending(m => m.Last).Take(Shown)],
            missions.Count,
            [.. open.Take(Shown)],
            open.Count);
        return PageResult.Render<HomePage>(new { Model = model });
    }
}
