using System.Text.Json;

namespace Mandaat.Segment.Aspects;

/// <summary>
/// The Toetsingskader's aspects in the framework's order, read from one data file (aspects.json): the
/// segmenter names a section's aspect by its heading, the register checks a letter against every aspect.
/// A heading maps only when its whole folded text equals a variant, or a variant followed by the place or
/// mission it is about (<see cref="HeadingQualifier"/>), so ordinary sub-headings that merely contain an
/// aspect word ("Overige militaire inzet") stay unmapped.
/// </summary>
public sealed class AspectCatalog
{
    private const string ResourceName = "Mandaat.Segment.aspects.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, string> _aspectByHeading;

    private readonly Dictionary<string, (string Aspect, IReadOnlyList<string> BodyWords)> _conditional;

    private readonly HashSet<string> _topics;

    /// <summary>The most words of any variant: a longer heading is tried on its first words only this far.</summary>
    private readonly int _longestVariant;

    private AspectCatalog(IReadOnlyList<FrameworkAspect> aspects)
    {
        Aspects = aspects;
        _aspectByHeading = new Dictionary<string, string>(StringComparer.Ordinal);
        _topics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var aspect in aspects)
        {
            _topics.UnionWith(aspect.TopicHeadings.Select(HeadingKey.Of));
            foreach (var heading in aspect.Headings.Concat(aspect.TopicHeadings))
            {
                var key = HeadingKey.Of(heading);
                if (_aspectByHeading.TryGetValue(key, out var other) && other != aspect.Key)
                {
                    throw new InvalidOperationException($"the heading '{heading}' names two aspects, {other} and {aspect.Key}");
                }

                _aspectByHeading[key] = aspect.Key;
                _longestVariant = Math.Max(_longestVariant, key.Split(' ').Length);
            }
        }

        _conditional = aspects
            .SelectMany(a => a.ConditionalHeadings.Select(c => (Key: HeadingKey.Of(c.Heading), Aspect: a.Key, c.BodyWords)))
            .ToDictionary(c => c.Key, c => (c.Aspect, (IReadOnlyList<string>)c.BodyWords.Select(w => w.ToLowerInvariant()).ToList()), StringComparer.Ordinal);
    }

    /// <summary>The catalogue shipped with Mandaat.</summary>
    public static AspectCatalog Default { get; } = Load();

    /// <summary>Every aspect, in the framework's order.</summary>
    public IReadOnlyList<FrameworkAspect> Aspects { get; }

    /// <summary>The key of the aspect a heading names, or null.</summary>
    public string? AspectOf(string heading) => Match(heading).Aspect;

    /// <summary>
    /// Whether the heading names its aspect by a topic heading ("Politieke ontwikkelingen"): one that names
    /// the aspect on its own but, under a heading of the same aspect, only divides that section.
    /// </summary>
    public bool IsTopic(string heading) => Match(heading).Variant is { } variant && _topics.Contains(variant);

    /// <summary>
    /// The aspect a heading names, given the first words of its section: a conditional heading
    /// ("Contextanalyse") names its aspect only when those words use the aspect's own words.
    /// </summary>
    public string? AspectOf(string heading, string bodyStart)
    {
        ArgumentNullException.ThrowIfNull(bodyStart);
        if (AspectOf(heading) is { } aspect)
        {
            return aspect;
        }

        if (!_conditional.TryGetValue(HeadingKey.Of(heading), out var conditional))
        {
            return null;
        }

        var bodyWords = HeadingKey.Words(bodyStart).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return conditional.BodyWords.Any(bodyWords.Contains) ? conditional.Aspect : null;
    }

    private (string? Aspect, string? Variant) Match(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var key = HeadingKey.Of(heading);
        if (Lookup(key) is { Aspect: not null } found)
        {
            return found;
        }

        var words = HeadingKey.Words(heading);
        for (var length = Math.Min(words.Count - 1, _longestVariant); length >= 1; length--)
        {
            var prefix = HeadingKey.Of(string.Join(' ', words.Take(length)));
            if (Lookup(prefix) is { Aspect: not null } named && HeadingQualifier.Qualifies(words.Skip(length).ToList()))
            {
                return named;
            }
        }

        return (null, null);
    }

    private (string? Aspect, string? Variant) Lookup(string key)
    {
        if (_aspectByHeading.TryGetValue(key, out var aspect))
        {
            return (aspect, key);
        }

        return HeadingKey.WithoutLead(key) is { } shorter && _aspectByHeading.TryGetValue(shorter, out aspect) ? (aspect, shorter) : (null, null);
    }

    /// <summary>Builds a catalogue from JSON of the shape of aspects.json: <c>{"aspects": [{"key", "title", "headings", "topicHeadings", "conditionalHeadings", "words", "since", "newMissionsOnly"}, …]}</c>.</summary>
    public static AspectCatalog FromJson(string json)
    {
        var file = JsonSerializer.Deserialize<AspectFile>(json, JsonOptions)
            ?? throw new InvalidOperationException("the Toetsingskader aspect list is empty");
        return new AspectCatalog(
            file.Aspects.Select(a => new FrameworkAspect(a.Key, a.Title ?? a.Key, a.Headings ?? [], a.Words ?? [], a.Since, a.NewMissionsOnly ?? false)
            {
                ConditionalHeadings = a.ConditionalHeadings ?? [],
                TopicHeadings = a.TopicHeadings ?? [],
            }).ToList());
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

    private sealed record AspectEntry(
        string Key,
        string? Title,
        IReadOnlyList<string>? Headings,
        IReadOnlyList<string>? Words,
        DateOnly? Since,
        bool? NewMissionsOnly,
        IReadOnlyList<ConditionalHeading>? ConditionalHeadings,
        IReadOnlyList<string>? TopicHeadings);
#pragma warning restore CA1812
}
