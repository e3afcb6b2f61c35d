using System.Runtime.CompilerServices;
using Mandaat.Core.Documents;
using Mandaat.Register.Missions;

namespace Mandaat.Web.Pages;

/// <summary>
/// What a mission page derives from the whole register of its mission (the chart over every event and component, the
/// kind of each letter), made once per <see cref="MissionDetail"/>: the register keeps one detail per state of the
/// store, so a page request does not walk a big mission's thousands of events again.
/// </summary>
public sealed class MissionParts
{
    private static readonly ConditionalWeakTable<MissionDetail, MissionParts> Made = [];

    private MissionParts(MissionDetail detail)
    {
        Chart = TimelineSvg.Render(detail.Mission.Name, detail.Timeline, detail.Components);
        Kinds = detail.Timeline.DistinctBy(e => e.Document).ToDictionary(e => e.Document, e => e.Kind, StringComparer.Ordinal);
    }

    /// <summary>The SVG chart of the mission's strength over time (<see cref="TimelineSvg"/>).</summary>
    public string Chart { get; }

    /// <summary>The kind of each letter in the mission's timeline.</summary>
    public IReadOnlyDictionary<string, DocumentKind> Kinds { get; }

    public static MissionParts Of(MissionDetail detail) => Made.GetValue(detail, d => new MissionParts(d));
}
