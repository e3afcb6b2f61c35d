using Mandaat.Core.Paging;
using Mandaat.Register.Missions;

namespace Mandaat.Web.Pages;

/// <summary>
/// Which missions each document concerns, from the register: the store knows no missions, so the mission facet
/// and the mission filter of the lists (documents, search) are worked out here from the register's missions
/// (<see cref="MissionList"/>, made once per state of the register, so a page does not index the list again).
/// </summary>
public sealed class MissionIndex(MissionList list)
{
    public IReadOnlyList<MissionSummary> Missions => list.Missions;

    public MissionSummary? Find(string? id) => list.Find(id);

    /// <summary>The mission's name for a facet or a link; the id when the register has no such mission.</summary>
    public string Name(string id) => Find(id)?.Name ?? id;

    public IReadOnlyList<string> Of(string document) => [.. list.Of(document).Select(m => m.Id)];

    /// <summary>The documents of a mission, for the lists' mission filter; empty for an unknown mission.</summary>
    public IReadOnlySet<string> DocumentsOf(string id) => Find(id)?.Documents.ToHashSet(StringComparer.Ordinal) ?? [];

    /// <summary>How many of these documents each mission has, most first.</summary>
    public IReadOnlyList<FacetCount> Facets(IEnumerable<string> documents) => FacetCount.OfMany(documents, Of);
}
