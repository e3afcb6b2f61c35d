using System.Reflection;
using System.Text.Json;

namespace Mandaat.Register.Toetsingskader;

/// <summary>The 23 aspects of the framework, in its order, read from aspects.json (data, not code).</summary>
public static class FrameworkAspects
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<FrameworkAspect> All { get; } = Load();

    private static List<FrameworkAspect> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mandaat.Register.Toetsingskader.aspects.json")
            ?? throw new InvalidOperationException("the Toetsingskader aspect list is missing from the assembly");
        var file = JsonSerializer.Deserialize<AspectFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("the Toetsingskader aspect list is empty");
        return file.Aspects.Select(a => new FrameworkAspect(a.Key, a.Title, a.Words ?? [], a.Since, a.NewMissionsOnly ?? false)).ToList();
    }

#pragma warning disable CA1812 // Created by the JSON deserializer.
    private sealed record AspectFile(IReadOnlyList<AspectEntry> Aspects);

    private sealed record AspectEntry(string Key, string Title, IReadOnlyList<string>? Words, DateOnly? Since, bool? NewMissionsOnly);
#pragma warning restore CA1812
}
