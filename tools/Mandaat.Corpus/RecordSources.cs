namespace Mandaat.Corpus;

/// <summary>
/// The real texts the bench corpus is composed from: the samples and every real paper of the development
/// corpus beside them (tests/data realworld, heldout, generality; each with its provenance in that folder).
/// An install without the tests composes from the samples alone, and says so in the figures.
/// </summary>
public static class RecordSources
{
    private static readonly string[] DevelopmentFolders = ["realworld", "heldout", "generality"];

    public static IReadOnlyList<string> Find(string samplesFolder)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(samplesFolder.TrimEnd(Path.DirectorySeparatorChar))) ?? samplesFolder;
        return DevelopmentFolders.Select(folder => Path.Combine(root, "tests", "data", folder))
            .Append(samplesFolder)
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.txt"))
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
