using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mandaat.Evaluation;

/// <summary>Compares JSON field values the way the scoring contract means them: numbers by value, strings case-insensitively.</summary>
internal static class JsonValues
{
    public static bool Same(JsonNode? a, JsonNode? b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        return x == y;
    }

    public static string? Normalize(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value)
        {
            var element = value.GetValue<JsonElement>();
            return element.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number => element.GetDecimal().ToString("0.############", CultureInfo.InvariantCulture),
                JsonValueKind.String => Collapse(element.GetString()!).ToLowerInvariant(),
                _ => element.ToString().ToLowerInvariant(),
            };
        }

        return node.ToJsonString();
    }

    public static string? Text(JsonObject item, string field) => Normalize(item[field]);

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
