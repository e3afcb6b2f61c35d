namespace Mandaat.Missions;

/// <summary>
/// A deployment as the catalogue knows it: names it goes by, its operations, dossiers and regions, and, where the
/// reference list knows them, its English name, lead organisation, period and sources.
/// </summary>
public sealed record Mission(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Operations,
    IReadOnlyList<string> Dossiers,
    IReadOnlyList<string> Regions)
{
    /// <summary>Its English name ("NATO Kosovo Force").</summary>
    public string? NameEn { get; init; }

    /// <summary>Who leads it: VN, NAVO, EU, OVSE, coalitie or nationaal.</summary>
    public string? Lead { get; init; }

    /// <summary>When Dutch units took part, as the list gives it (<see cref="MissionPeriod"/>); an open end means running or unknown.</summary>
    public MissionPeriod Period { get; init; } = MissionPeriod.Unknown;

    /// <summary>The public pages the entry was compiled from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>
    /// True for a mission no catalogue lists but a decision letter named ("een bijdrage aan operatie X"): kept so
    /// its documents are not lost, shown as provisional until the user's file adds, merges or renames it.
    /// </summary>
    public bool Provisional { get; init; }

    /// <summary>The ids of missions the user merged into this one (<c>mandaat mission merge</c>): still found by them.</summary>
    public IReadOnlyList<string> FormerIds { get; init; } = [];
}
