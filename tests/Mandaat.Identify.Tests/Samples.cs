using System.Globalization;
using System.Text.Json;
using Mandaat.Core.Text;
using Mandaat.Normalize;

namespace Mandaat.Identify.Tests;

/// <summary>The real sample documents and their gold annotations, read and normalised as the pipeline does.</summary>
internal static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string Folder => Path.Combine(Root, "samples");

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    public static NormalizedText Normalized(string name) =>
        new KamerstukNormalizer().Normalize(SourceText.SinglePage(File.ReadAllText(Path.Combine(Folder, name + ".txt")), "txt"));

    /// <summary>The gold items of one type for a sample.</summary>
    public static IReadOnlyList<JsonElement> Gold(string name, string type) =>
        File.ReadLines(Path.Combine(Folder, name + ".jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(item => item.GetProperty("type").GetString() == type)
            .ToList();

    public static string? String(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static DateOnly? Date(JsonElement item, string property) =>
        String(item, property) is { } text ? DateOnly.Parse(text, CultureInfo.InvariantCulture) : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mandaat.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Mandaat.slnx not found above " + AppContext.BaseDirectory);
    }
}
