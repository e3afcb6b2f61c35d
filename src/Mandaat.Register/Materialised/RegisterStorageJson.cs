using System.Text.Json;
using Mandaat.Core.Facts;

namespace Mandaat.Register.Materialised;

/// <summary>The JSON of the register's entries and snapshots: the facts' own options (snake_case, their type names), one set for writing and reading.</summary>
public static class RegisterStorageJson
{
    private static readonly JsonSerializerOptions Options = new(FactJson.Full);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"stored register JSON is null where a {typeof(T).Name} was expected");
}
