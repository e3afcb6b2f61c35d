namespace Mandaat.Register.Missions;

/// <summary>Two statements that do not agree, shown side by side rather than resolved.</summary>
public sealed record RegisterConflict(ConflictKind Kind, string Subject, string Description, IReadOnlyList<ConflictItem> Items);

/// <summary>One side of a conflict: which document says what, and where.</summary>
public sealed record ConflictItem(string Document, DateOnly? Date, string Value, string Quote);
