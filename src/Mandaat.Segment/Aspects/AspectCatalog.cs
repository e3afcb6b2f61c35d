using System.Text.Json;

namespace Mandaat.Segment.Aspects;

/// <summary>
/// The Toetsingskader's aspects in the framework's order, read from one data file (aspects.json): the
/// segmenter names a section's aspect by its heading, the register checks a letter against every aspect.
/// A heading maps only when its whole folded text equals a variant, so ordinary sub-headings that
/// merely contain an aspect word ("Overige militaire inzet") stay unmapped.
/// </summary>
public sealed class AspectCatalog
{
    private const string ResourceName = "Mandaat.Segment.aspects.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, string> _aspectByHeading;

    private AspectCatalog(IReadOnlyList<FrameworkAspect> aspects)
    {
        Aspects = aspects;
        _aspectByHeading = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var aspect in aspects)
        {
            foreach (var heading in aspect.Headings)
            {
                var key = HeadingKey.Of(heading);
                if (_aspectByHeading.TryGetValue(key, out var other) && other != aspect.Key)
                {
                    throw new InvalidOperationException($"the heading '{heading}' names two aspects, {other} and {aspect.Key}");
                }

                _aspectByHeading[key] = aspect.Key;
            }
        }
    }

    /// <summary>The catalogue shipped with Mandaat.</summary>
    public static AspectCatalog Default { get; } = Load();

    /// <summary>Every aspect, in the framework's order.</summary>
    public IReadOnlyList<FrameworkAspect> Aspects { get; }

    /// <summary>The key of the aspect a heading names, or null.</summary>
    public string? AspectOf(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var key = HeadingKey.Of(heading);
        if (_aspectByHeading.TryGetValue(key, out var aspect))
        {
            return aspect;
        }

        return HeadingKey.WithoutLead(key) is { } shorter && _aspectByHeading.TryGetValue(shorter, out aspect) ? aspect : null;
    }

    /// <summary>Builds a catalogue from JSON of the shape of aspects.json: <c>{"aspects": [{"key", "title", "headings", "words", "since", "newMissionsOnly"}, …]}</c>.</summary>
    public static AspectCatalog FromJson(string json)
    {
        var file = JsonSerializer.Deserialize<AspectFile>(json, JsonOptions)
            ?? throw new InvalidOperationException("the Toetsingskader aspect list is empty");
        return new AspectCatalog(
            file.Aspects.Select(a => new FrameworkAspect(a.Key, a.Title ?? a.Key, a.Headings ?? [], a.Words ?? [], a.Since, a.NewMissionsOnly ?? false)).ToList());
    }

    private static AspectCatalog Load()
    {
        using var stream = typeof(AspectCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

#pragma warning disable CA1812 // Created by the JSON deserializer.
    private sealed record AspectFile(IReadOnlyList<AspectEntry> Aspects);

    private sealed record AspectEntry(string Key, string? Title, IReadOnlyList<string>? Headings, IReadOnlyList<string>? Words, DateOnly? Since, bool? NewMissionsOnly);
#pragma warning restore CA1812
}
