using Mandaat.Core.Paging;
using Mandaat.Register.Materialised;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Listing;

namespace Mandaat.Web.Pages;

/// <summary>
/// A mission page's latest papers and how many there are, listed once per <see cref="MissionDetail"/>: the register
/// keeps one detail per state of the store (a save or removal in any process makes a new one), and the listing of a
/// big mission's thousands of ids is what its page would otherwise pay on every request. A paper's metadata refreshed
/// by an import without a new version is seen when the register's state next moves, as the register itself sees it.
/// </summary>
public static class MissionPapers
{
    private static readonly PerStateMemo<MissionDetail, Paged<DocumentSummary>> Listed = new(1);

    public static Task<Paged<DocumentSummary>> LatestAsync(IDocumentStore store, MissionDetail detail, int shown, CancellationToken ct) =>
        Listed.GetAsync(detail, "latest", async () => (await store.ListPageAsync(
            new DocumentQuery(Within: detail.Mission.Documents.ToHashSet(StringComparer.Ordinal)), new PageRequest(1, shown), CancellationToken.None)).Documents, ct);
}
