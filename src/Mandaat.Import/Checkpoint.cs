using System.Text.Json;

namespace Mandaat.Import;

/// <summary>
/// Where a selection stopped, kept in the store: the next page to read while a run is under way, and when the
/// last complete run started (what <c>--update</c> asks changes since).
/// </summary>
public sealed record Checkpoint(string? Next, DateTimeOffset? LastComplete)
{
    public static Checkpoint? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<Checkpoint>(json);

    public string ToJson() => JsonSerializer.Serialize(this);
}
