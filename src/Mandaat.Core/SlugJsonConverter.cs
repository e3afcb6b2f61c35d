using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mandaat.Core;

/// <summary>Writes a value as its bare slug, so JSON output is what it was when these were strings.</summary>
public sealed class SlugJsonConverter<T> : JsonConverter<T>
    where T : class, ISlug<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parsed(reader.GetString());

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Slug);
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parsed(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WritePropertyName(value.Slug);
    }

    private static T Parsed(string? text) =>
        SlugSet.TryParse<T>(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a {typeof(T).Name}; expected one of {SlugSet.Names<T>()}");
}
