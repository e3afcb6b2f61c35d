using System.Text.Json;

namespace Mandaat.Import;

/// <summary>
/// Where a selection stopped, kept in the store: the next listing page while a run is under way, when the last
/// complete run started, the SyncFeed cursor <c>--update</c> reads on from (the address after the last feed page
/// handled), and the Gegevensmagazijn ids of the selection's dossiers (how a feed entry is recognised as the
/// selection's: the entity XML names its dossier by id, not by number).
/// </summary>
public sealed record Checkpoint(string? Next, DateTimeOffset? LastComplete, string? Feed = null, IReadOnlyList<string>? Dossiers = null)
{
    public static Checkpoint? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<Checkpoint>(json);

    public string ToJson() => JsonSerializer.Serialize(this);
}
