using Mandaat.Core.Paging;
using Mandaat.Register.Missions;

namespace Mandaat.Web.Pages;

/// <summary>
/// Which missions each document concerns, from the register: the store knows no missions, so the mission facet
/// and the mission filter of the lists (documents, search) are worked out here from the register's missions.
/// </summary>
public sealed class MissionIndex
{
    private readonly Dictionary<string, List<string>> _byDocument = new(StringComparer.Ordinal);

    public MissionIndex(IReadOnlyList<MissionSummary> missions)
    {
        ArgumentNullException.ThrowIfNull(missions);
        Missions = missions;
        foreach (var mission in missions)
        {
            foreach (var document in mission.Documents)
            {
                if (!_byDocument.TryGetValue(document, out var list))
                {
                    _byDocument[document] = list = [];
                }

                list.Add(mission.Id);
            }
        }
    }

    public IReadOnlyList<MissionSummary> Missions { get; }

    public MissionSummary? Find(string? id) => id is null ? null : Missions.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The mission's name for a facet or a link; the id when the register has no such mission.</summary>
    public string Name(string id) => Find(id)?.Name ?? id;

    public IReadOnlyList<string> Of(string document) => _byDocument.TryGetValue(document, out var ids) ? ids : [];

    /// <summary>The documents of a mission, for the lists' mission filter; empty for an unknown mission.</summary>
    public IReadOnlySet<string> DocumentsOf(string id) => Find(id)?.Documents.ToHashSet(StringComparer.Ordinal) ?? [];

    /// <summary>How many of these documents each mission has, most first.</summary>
    public IReadOnlyList<FacetCount> Facets(IEnumerable<string> documents) => FacetCount.OfMany(documents, Of);
}
