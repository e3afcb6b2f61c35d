namespace Mandaat.Register.Missions;

/// <summary>
/// The missions list with what pages look up in it: a mission by id and a document's missions, found without
/// scanning the list (a document's missions cost its own missions, not the store's). Made once per state of the
/// register (<see cref="Materialised.MaterialisedRegister.IndexAsync"/>) and shared by every request of that state,
/// so nothing here may change after it is made.
/// </summary>
public sealed class MissionList
{
    private readonly Dictionary<string, List<MissionSummary>> _byDocument = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MissionSummary> _byId = new(StringComparer.OrdinalIgnoreCase);

    public MissionList(IReadOnlyList<MissionSummary> missions)
    {
        ArgumentNullException.ThrowIfNull(missions);
        Missions = missions;
        foreach (var mission in missions)
        {
            _byId.TryAdd(mission.Id, mission);
            foreach (var document in mission.Documents.Distinct(StringComparer.Ordinal))
            {
                if (!_byDocument.TryGetValue(document, out var list))
                {
                    _byDocument[document] = list = [];
                }

                list.Add(mission);
            }
        }
    }

    /// <summary>Every mission with documents, in the register's order.</summary>
    public IReadOnlyList<MissionSummary> Missions { get; }

    /// <summary>The mission of this id (any case), null when the register has none.</summary>
    public MissionSummary? Find(string? id) => id is null ? null : _byId.GetValueOrDefault(id);

    /// <summary>The missions this document concerns, in the list's order; empty when it concerns none.</summary>
    public IReadOnlyList<MissionSummary> Of(string document) => _byDocument.TryGetValue(document, out var missions) ? missions : [];
}
