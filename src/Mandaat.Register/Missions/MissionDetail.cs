using Mandaat.Register.Timeline;

namespace Mandaat.Register.Missions;

/// <summary>
/// A mission with its components over time (each stated value once per letter), the conflicts between its letters,
/// its timeline, and one state per deciding letter (<see cref="Decisions"/>) from which its state on any date follows.
/// </summary>
public sealed record MissionDetail(
    MissionSummary Mission,
    IReadOnlyList<MissionComponent> Components,
    IReadOnlyList<RegisterConflict> Conflicts,
    IReadOnlyList<TimelineEvent> Timeline)
{
    /// <summary>What each letter that decides, extends, changes or ends the mission set, in date order.</summary>
    public IReadOnlyList<DecisionState> Decisions { get; init; } = [];

    /// <summary>The mission on <paramref name="date"/> as the decisions dated on or before it left it.</summary>
    public MissionState StateOn(DateOnly date) => DecisionStates.On(Decisions, date);
}
