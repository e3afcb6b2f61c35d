namespace Mandaat.Register.Missions;

/// <summary>One side of a conflict: which document says what, and where.</summary>
public sealed record ConflictItem(string Document, DateOnly? Date, string Value, string Quote);
