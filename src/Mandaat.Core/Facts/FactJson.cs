using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mandaat.Core.Facts;

/// <summary>
/// The two JSON forms of facts: <see cref="Gold"/> is exactly FORMAT.md (no citation, no mission
/// tags), <see cref="Full"/> adds both.
/// </summary>
public static class FactJson
{
    public static JsonSerializerOptions Full { get; } = Create(gold: false);

    public static JsonSerializerOptions Gold { get; } = Create(gold: true);

    private static JsonSerializerOptions Create(bool gold)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        if (gold)
        {
            resolver.Modifiers.Add(DropCitationAndMissions);
        }

        return new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = resolver,
        };
    }

    private static void DropCitationAndMissions(JsonTypeInfo info)
    {
        if (!typeof(Fact).IsAssignableFrom(info.Type))
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Name is "citation" or "missions")
            {
                info.Properties.RemoveAt(i);
            }
        }
    }

    public static string Serialize(Fact fact, bool gold) =>
        JsonSerializer.Serialize(fact, gold ? Gold : Full);

    public static Fact? Deserialize(string json) => JsonSerializer.Deserialize<Fact>(json, Full);
}
