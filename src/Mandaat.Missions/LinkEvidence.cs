namespace Mandaat.Missions;

/// <summary>
/// What one document says of its missions by itself: the missions it names or is placed in (<see cref="Direct"/>,
/// strongest first) and the Kamerstukken it cites, for <see cref="MissionLinker"/> to link a document that names
/// none by its neighbours.
/// </summary>
public sealed record LinkEvidence(string Id, string? Dossier, IReadOnlyList<string> Direct, IReadOnlyList<string> Cited);
