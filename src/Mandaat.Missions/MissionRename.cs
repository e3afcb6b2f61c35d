namespace Mandaat.Missions;

/// <summary>A user's name for a mission (<c>mandaat mission rename</c>); the old name stays one of its aliases.</summary>
public sealed record MissionRename(string Id, string Name);
