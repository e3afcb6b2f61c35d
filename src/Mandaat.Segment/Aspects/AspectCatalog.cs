using System.Text.Json;

namespace Mandaat.Segment.Aspects;

/// <summary>
/// The Toetsingskader aspects and the headings that name them, read from the embedded data file.
/// A heading maps only when its whole folded text equals a variant, so ordinary sub-headings that
/// merely contain an aspect word ("Overige militaire inzet") stay unmapped.
/// </summary>
public sealed class AspectCatalog
{
    private const string ResourceName = "Mandaat.Segment.aspects.json";

    private readonly Dictionary<string, string> _aspectByKey;

    private AspectCatalog(Dictionary<string, string> aspectByKey) => _aspectByKey = aspectByKey;

    /// <summary>The catalogue shipped with Mandaat.</summary>
    public static AspectCatalog Default { get; } = Load();

    /// <summary>All canonical aspect names.</summary>
    public IReadOnlyCollection<string> Aspects => _aspectByKey.Values.Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The canonical aspect a heading names, or null.</summary>
    public string? AspectOf(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var key = HeadingKey.Of(heading);
        if (_aspectByKey.TryGetValue(key, out var aspect))
        {
            return aspect;
        }

        return HeadingKey.WithoutLead(key) is { } shorter && _aspectByKey.TryGetValue(shorter, out aspect) ? aspect : null;
    }

    /// <summary>Builds a catalogue from JSON of the shape <c>{"aspects": {"name": ["variant", …]}}</c>.</summary>
    public static AspectCatalog FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var aspect in document.RootElement.GetProperty("aspects").EnumerateObject())
        {
            foreach (var variant in aspect.Value.EnumerateArray())
            {
                map[HeadingKey.Of(variant.GetString() ?? string.Empty)] = aspect.Name;
            }
        }

        return new AspectCatalog(map);
    }

    private static AspectCatalog Load()
    {
        using var stream = typeof(AspectCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
