namespace Mandaat.Readers.Tests;

/// <summary>Finds files of the repository from wherever the test runner put the test assembly.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The directory that holds Mandaat.slnx.</summary>
    public static string Root => RootPath.Value;

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Fixture(params string[] parts) => Path.Combine([Root, "tests", "data", "fixtures", .. parts]);

    public static string Synthetic(string name) => Path.Combine(Root, "tests", "data", "synthetic", name);

    public static IEnumerable<string> Samples() =>
        Directory.EnumerateFiles(Path.Combine(Root, "samples"), "*.txt").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Mandaat.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Mandaat.slnx not found above {AppContext.BaseDirectory}");
    }
}
