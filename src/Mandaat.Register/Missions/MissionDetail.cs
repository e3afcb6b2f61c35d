using Mandaat.Register.Timeline;

namespace Mandaat.Register.Missions;

/// <summary>A mission with its components over time, the conflicts between its letters, and its timeline.</summary>
public sealed record MissionDetail(
    MissionSummary Mission,
    IReadOnlyList<MissionComponent> Components,
    IReadOnlyList<RegisterConflict> Conflicts,
    IReadOnlyList<TimelineEvent> Timeline);
