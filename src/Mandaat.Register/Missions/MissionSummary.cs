namespace Mandaat.Register.Missions;

/// <summary>One mission of the register: the <c>missions</c> row of CLI.md plus status and mandate end.</summary>
public sealed record MissionSummary(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Documents,
    DateOnly? First,
    DateOnly? Last,
    int Undated,
    string Status,
    DateOnly? MandateEnd,
    int? MaxPersonnel,
    IReadOnlyList<AssetSummary> Assets,
    IReadOnlyList<BudgetItem> Budget);
