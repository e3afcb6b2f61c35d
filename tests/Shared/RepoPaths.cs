namespace Mandaat.Testing;

/// <summary>Finds the repository root (the folder with Mandaat.slnx) from a test's output folder, and the test data in it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Fixtures => Path.Combine(Root, "tests", "data", "fixtures");

    public static string RelevanceSet => Path.Combine(Root, "tests", "data", "search", "relevance.json");

    private static string Find()
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
