using Mandaat.Core.Paging;
using Mandaat.Register.Materialised;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Listing;

namespace Mandaat.Web.Pages;

/// <summary>
/// What a dossier's page shows of all its papers: the summary (count, span, the earliest paper's title), the counts
/// of their kinds and the missions they concern. Made from the dossier's papers alone (found by the dossier's index,
/// never by listing the store) once per state of the register and dossier, so a big dossier's thousands of papers are
/// not listed again for every page of it. A paper's metadata refreshed by an import without a new version is seen
/// when the register's state next moves, as the mission page's papers are.
/// </summary>
public sealed record DossierWhole(DossierSummary? Summary, IReadOnlyList<FacetCount> Kinds, IReadOnlyList<MissionSummary> Missions)
{
    // Dossiers kept per state: the ones readers open, a crawler's walk through all of them bounded.
    private const int Kept = 64;

    private static readonly PerStateMemo<MissionList, DossierWhole> Made = new(Kept);

    public static Task<DossierWhole> GetAsync(IDocumentStore store, MissionList state, string dossier, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(state);
        return Made.GetAsync(state, dossier, () => MakeAsync(store, state, dossier), ct);
    }

    private static async Task<DossierWhole> MakeAsync(IDocumentStore store, MissionList state, string dossier)
    {
        var all = await store.ListPageAsync(new DocumentQuery(Dossier: dossier), new PageRequest(1, 1), CancellationToken.None);
        var papers = await PapersAsync(store, dossier, all.Documents.Total);
        var summary = DocumentListings.Dossiers(papers, PageRequest.First).Items is [var only, ..] ? only : null;
        // Each paper's missions from the register's index (its own missions), kept in the list's order.
        var concerned = papers.SelectMany(d => state.Of(d.Id)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return new DossierWhole(summary, all.Kinds, [.. state.Missions.Where(m => concerned.Contains(m.Id))]);
    }

    // The dossier's papers in the store's order (date, then id), matched in any case as the listing matches them: the
    // papers spelt as typed by the dossier's index, and only when some are spelt otherwise, the listing page by page.
    private static async Task<IReadOnlyList<DocumentSummary>> PapersAsync(IDocumentStore store, string dossier, int total)
    {
        var exact = await store.ListAsync(new DocumentFilter(Dossier: dossier), CancellationToken.None);
        if (exact.Count == total)
        {
            return exact;
        }

        var papers = new List<DocumentSummary>(total);
        for (var page = 1; papers.Count < total; page++)
        {
            var listing = await store.ListPageAsync(new DocumentQuery(Dossier: dossier, Order: DocumentOrder.Oldest), new PageRequest(page, PageRequest.MaxSize), CancellationToken.None);
            if (listing.Documents.Items.Count == 0)
            {
                break;
            }

            papers.AddRange(listing.Documents.Items);
        }

        return papers;
    }
}
