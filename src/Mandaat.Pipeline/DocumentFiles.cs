namespace Mandaat.Pipeline;

/// <summary>
/// Expands the paths given to ingest into files. Folders are walked recursively and only files with a
/// document extension are taken (a .jsonl or README beside the documents is not a document); .doc is
/// taken so that it is reported rather than silently skipped.
/// </summary>
public static class DocumentFiles
{
    public static IReadOnlyList<string> DocumentExtensions { get; } = [".txt", ".pdf", ".xml", ".html", ".htm", ".docx", ".doc"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(f => DocumentExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                // A single file is passed on as given, so a missing or odd file gets its own error.
                files.Add(path);
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
