namespace Mandaat.Register.Export;

/// <summary>One commitment as a CSV row.</summary>
public sealed record CommitmentRow(
    string Id,
    string Status,
    string? Made,
    string Document,
    string? FulfilledBy,
    string? Fulfils,
    string By,
    string Missions,
    string Quote) : ICsvRow<CommitmentRow>
{
    public static IReadOnlyList<string> Header { get; } = ["id", "status", "made", "document", "fulfilled_by", "fulfils", "by", "missions", "quote"];

    public IReadOnlyList<string?> Fields() =>
    [
        Id,
        Status,
        Made,
        Document,
        FulfilledBy,
        Fulfils,
        By,
        Missions,
        Quote,
    ];
}
