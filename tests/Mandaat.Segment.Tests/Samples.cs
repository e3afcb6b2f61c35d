using System.Text.Json;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Normalize;

namespace Mandaat.Segment.Tests;

/// <summary>The real sample documents, normalised and segmented, and their gold annotations.</summary>
internal static class Samples
{
    private static readonly DocumentIdentity Unknown = new() { Kind = DocumentKind.Brief };

    public static string Root { get; } = FindRoot();

    public static string Folder => Path.Combine(Root, "samples");

    /// <summary>The sample whose name starts with a prefix ("003").</summary>
    public static string Name(string prefix) =>
        Directory.GetFiles(Folder, prefix + "_*.txt").Select(Path.GetFileNameWithoutExtension).Single()!;

    public static NormalizedText Normalized(string name) =>
        new KamerstukNormalizer().Normalize(SourceText.SinglePage(File.ReadAllText(Path.Combine(Folder, name + ".txt")), "txt"));

    public static Segmentation Segmented(string name) => new HeadingSegmenter().Segment(Normalized(name), Unknown);

    /// <summary>The gold items of one type.</summary>
    public static List<JsonElement> Gold(string name, string type) =>
        File.ReadLines(Path.Combine(Folder, name + ".jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(item => item.GetProperty("type").GetString() == type)
            .ToList();

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
