using Mandaat.Core.Facts;

namespace Mandaat.Missions;

/// <summary>
/// Which missions a stored fact concerns once its document is linked: the missions <see cref="MissionTagger"/>
/// tagged it with, else its document's (<see cref="MissionLinker"/>, strongest first). Two rules for two uses:
/// a commitment without tags is on every mission of its letter, since a report is matched to the commitment
/// it keeps by a shared mission; a figure without tags counts only for the mission its letter is mostly
/// about, so that one mission's components do not take up another's figures.
/// </summary>
public static class MissionAttribution
{
    /// <summary>The fact's own missions, else all of its document's.</summary>
    public static IReadOnlyList<string> MissionsOf(Fact fact, IReadOnlyList<string> documentMissions) =>
        fact.Missions is { Count: > 0 } tags ? tags : documentMissions;

    /// <summary>True when the fact is tagged with the mission, or untagged in a document whose first (strongest) mission it is.</summary>
    public static bool CountsFor(Fact fact, string missionId, IReadOnlyList<string> documentMissions) =>
        fact.Missions is { Count: > 0 } tags ? tags.Contains(missionId) : documentMissions.Count > 0 && documentMissions[0] == missionId;
}
