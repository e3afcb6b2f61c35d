namespace Mandaat.Bench;

/// <summary>
/// The real PDFs the bench times PdfPig on: every *.pdf under tests/data and samples of the folder that
/// holds the samples (found by <see cref="Hosting.SamplesFolder"/>), so the bench finds them wherever it finds
/// the samples. An install without the tests simply has none.
/// </summary>
public static class PdfFixtures
{
    // Fixtures keep their source's file name, and some sources write .PDF.
    private static readonly EnumerationOptions AnyCase = new() { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive };

    public static IReadOnlyList<string> Find(string samplesFolder)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(samplesFolder.TrimEnd(Path.DirectorySeparatorChar))) ?? samplesFolder;
        return new[] { Path.Combine(root, "tests", "data"), samplesFolder }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.pdf", AnyCase))
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
