namespace Mandaat.Hosting;

/// <summary>
/// Finds the bundled samples: $MANDAAT_HOME/samples (the launcher sets it to the repository root),
/// else ./samples, else the nearest samples/ folder above the program.
/// </summary>
public static class SamplesFolder
{
    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("MANDAAT_HOME") is { Length: > 0 } home && Directory.Exists(Path.Combine(home, "samples")))
        {
            return Path.Combine(home, "samples");
        }

        if (Directory.Exists("samples"))
        {
            return Path.GetFullPath("samples");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Mandaat.slnx")))
            {
                return candidate;
            }
        }

        return null;
    }
}
