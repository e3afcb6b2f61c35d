using System.Globalization;

namespace Mandaat.Register.Export;

/// <summary>One timeline event as a CSV row; an undated document has an empty date and undated=true.</summary>
public sealed record TimelineRow(
    string Mission,
    string? Date,
    bool Undated,
    string? DateSource,
    string Document,
    string Kind,
    string Role,
    string Event,
    int Facts) : ICsvRow<TimelineRow>
{
    public static IReadOnlyList<string> Header { get; } = ["mission", "date", "undated", "date_source", "document", "kind", "role", "event", "facts"];

    public IReadOnlyList<string?> Fields() =>
    [
        Mission,
        Date,
        Undated ? "true" : "false",
        DateSource,
        Document,
        Kind,
        Role,
        Event,
        Facts.ToString(CultureInfo.InvariantCulture),
    ];
}
