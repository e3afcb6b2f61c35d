using System.Runtime.CompilerServices;
using Mandaat.Core.Paging;
using Mandaat.Register.Commitments;
using Mandaat.Register.Materialised;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Listing;

namespace Mandaat.Web.Pages;

/// <summary>
/// What the home page lists that does not change between saves: the latest papers and how many are stored, listed
/// once per state of the register (its <see cref="MissionList"/>, made again when any process saves or removes a
/// paper), so a request does not count and group the whole store; and the newest of a list of commitments in one pass.
/// </summary>
public static class HomeParts
{
    private static readonly PerStateMemo<MissionList, Paged<DocumentSummary>> Listed = new(1);

    public static Task<Paged<DocumentSummary>> RecentAsync(IDocumentStore store, MissionList state, int shown, CancellationToken ct) =>
        Listed.GetAsync(state, "latest", async () => (await store.ListPageAsync(DocumentQuery.All, new PageRequest(1, shown), CancellationToken.None)).Documents, ct);

    // The newest of each list of open commitments the tracker made (one per state of the register), found once.
    private static readonly ConditionalWeakTable<IReadOnlyList<TrackedCommitment>, IReadOnlyList<TrackedCommitment>> NewestOf = [];

    /// <summary>
    /// <see cref="Newest"/> of a list the tracker keeps for one state of the register (it answers the same list object
    /// until any process saves or removes a paper), found once per list rather than by a pass over it per request.
    /// </summary>
    public static IReadOnlyList<TrackedCommitment> NewestKept(IReadOnlyList<TrackedCommitment> commitments, int shown) =>
        NewestOf.GetValue(commitments, list => Newest(list, shown));

    /// <summary>The <paramref name="shown"/> newest commitments (made, else the letter's date; ties by id), without sorting them all.</summary>
    public static IReadOnlyList<TrackedCommitment> Newest(IEnumerable<TrackedCommitment> commitments, int shown)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var newest = new List<TrackedCommitment>(shown + 1);
        foreach (var commitment in commitments)
        {
            var at = newest.FindIndex(n => Before(commitment, n));
            if (at < 0 && newest.Count < shown)
            {
                newest.Add(commitment);
            }
            else if (at >= 0)
            {
                newest.Insert(at, commitment);
                if (newest.Count > shown)
                {
                    newest.RemoveAt(shown);
                }
            }
        }

        return newest;
    }

    // Newer first; an undated one last; ties by id, as the page ordered them.
    private static bool Before(TrackedCommitment a, TrackedCommitment b)
    {
        var (when, other) = (a.Made ?? a.DocumentDate, b.Made ?? b.DocumentDate);
        return when == other ? string.CompareOrdinal(a.Id, b.Id) < 0 : Nullable.Compare(when, other) > 0;
    }
}
