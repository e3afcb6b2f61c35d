using System.Globalization;

namespace Mandaat.Register.Export;

/// <summary>One mission as a CSV row; lists are joined with "; ".</summary>
public sealed record MissionRow(
    string Id,
    string Name,
    string Status,
    string? First,
    string? Last,
    int Undated,
    string? MandateEnd,
    int? MaxPersonnel,
    string Assets,
    string Budget,
    string Documents,
    int Conflicts) : ICsvRow<MissionRow>
{
    public static IReadOnlyList<string> Header { get; } = ["id", "name", "status", "first", "last", "undated", "mandate_end", "max_personnel", "assets", "budget", "documents", "conflicts"];

    public IReadOnlyList<string?> Fields() =>
    [
        Id,
        Name,
        Status,
        First,
        Last,
        Undated.ToString(CultureInfo.InvariantCulture),
        MandateEnd,
        MaxPersonnel?.ToString(CultureInfo.InvariantCulture),
        Assets,
        Budget,
        Documents,
        Conflicts.ToString(CultureInfo.InvariantCulture),
    ];
}
