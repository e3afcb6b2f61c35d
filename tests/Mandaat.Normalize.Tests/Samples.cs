using Mandaat.Core.Text;

namespace Mandaat.Normalize.Tests;

/// <summary>The real sample documents of the repository, read as the .txt reader gives them (one page).</summary>
internal static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string Folder => Path.Combine(Root, "samples");

    public static string ApprovedFolder => Path.Combine(Root, "tests", "Mandaat.Normalize.Tests", "Approved");

    /// <summary>Sample names without extension, for theories.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    /// <summary>The sample whose name starts with a prefix ("002").</summary>
    public static string Name(string prefix) =>
        Directory.GetFiles(Folder, prefix + "_*.txt").Select(Path.GetFileNameWithoutExtension).Single()!;

    public static SourceText Source(string name) =>
        SourceText.SinglePage(File.ReadAllText(Path.Combine(Folder, name + ".txt")), "txt");

    public static NormalizedText Normalized(string name) => new KamerstukNormalizer().Normalize(Source(name));

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
