using System.Text.Json;

namespace Mandaat.Store.Versions;

/// <summary>
/// The JSON a store keeps in a text column: an earlier version's rows (a <see cref="DocumentRecord"/>) and a
/// paper's <see cref="OfficialRecord"/>. One set of options on both backends, so either reads what the other wrote.
/// </summary>
public static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static DocumentRecord Record(string json) =>
        JsonSerializer.Deserialize<DocumentRecord>(json, Options) ?? throw new StoreException("a stored version could not be read; the database may be damaged");

    public static OfficialRecord? Official(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<OfficialRecord>(json, Options);
}
