namespace Mandaat.Register.Missions;

/// <summary>An asset of a mission as its latest deciding letter gives it.</summary>
public sealed record AssetSummary(string Asset, int Count, string Document);
