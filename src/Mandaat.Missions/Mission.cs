namespace Mandaat.Missions;

/// <summary>A deployment as the catalogue knows it: names it goes by, its operations, dossiers and regions.</summary>
public sealed record Mission(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Operations,
    IReadOnlyList<string> Dossiers,
    IReadOnlyList<string> Regions);
