namespace Mandaat.Register.Missions;

/// <summary>
/// Two statements that do not agree, shown side by side rather than resolved: <see cref="Kind"/> is
/// one of <see cref="DifferentNumbers"/>, <see cref="EstimateVersusRealisation"/>, <see cref="CitationDate"/>.
/// </summary>
public sealed record RegisterConflict(string Kind, string Subject, string Description, IReadOnlyList<ConflictItem> Items)
{
    public const string DifferentNumbers = "different-numbers";
    public const string EstimateVersusRealisation = "estimate-vs-realisation";
    public const string CitationDate = "citation-date";
}

/// <summary>One side of a conflict: which document says what, and where.</summary>
public sealed record ConflictItem(string Document, DateOnly? Date, string Value, string Quote);
