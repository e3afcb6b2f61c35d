using System.Globalization;

namespace Mandaat.Register.Export;

/// <summary>One fact as a CSV row: where it is, and its FORMAT.md fields as one JSON value.</summary>
public sealed record FactRow(
    string Document,
    string Type,
    string Quote,
    string Missions,
    string? Section,
    int? Page,
    int? Start,
    int? End,
    string Value) : ICsvRow<FactRow>
{
    public static IReadOnlyList<string> Header { get; } = ["document", "type", "quote", "missions", "section", "page", "start", "end", "value"];

    public IReadOnlyList<string?> Fields() =>
    [
        Document,
        Type,
        Quote,
        Missions,
        Section,
        Page?.ToString(CultureInfo.InvariantCulture),
        Start?.ToString(CultureInfo.InvariantCulture),
        End?.ToString(CultureInfo.InvariantCulture),
        Value,
    ];
}
