namespace Mandaat.Register.Missions;

/// <summary>Two statements that do not agree, shown side by side rather than resolved.</summary>
public sealed record RegisterConflict(ConflictKind Kind, string Subject, string Description, IReadOnlyList<ConflictItem> Items);

/// <summary>
/// One side of a conflict: which document says what, and where: the fact's quote, and the whole sentence of the
/// letter it stands in with the page it is printed on (null where the register keeps none), so that a reader can
/// judge the conflict without opening the letters.
/// </summary>
public sealed record ConflictItem(string Document, DateOnly? Date, string Value, string Quote, string? Sentence, int? Page);
