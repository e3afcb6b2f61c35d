namespace Mandaat.Web.Tests;

/// <summary>Finds the repository root (the folder with Mandaat.slnx) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "samples");

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
