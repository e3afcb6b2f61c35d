namespace Mandaat.Pipeline;

/// <summary>
/// Expands the paths given to ingest into files. Folders are walked recursively and only files with a
/// document extension are taken (a .jsonl or README beside the documents is not a document); .doc is
/// taken so that it is reported rather than silently skipped; hidden files and folders (a dot first) are
/// left out. Symbolic links are followed, but each real folder is walked once: a link to a folder already
/// walked adds nothing, and a link back to a folder it lies in is a loop, reported as a failure rather
/// than walked forever. A folder that cannot be read is a failure too, never a silent gap.
/// </summary>
public static class DocumentFiles
{
    public static IReadOnlyList<string> DocumentExtensions { get; } = [".txt", ".pdf", ".xml", ".html", ".htm", ".docx", ".doc"];

    public static FoundFiles Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var failures = new List<IngestFailure>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                Walk(path, files, failures, walked);
            }
            else
            {
                // A single file is passed on as given, so a missing or odd file gets its own error.
                files.Add(path);
            }
        }

        return new FoundFiles(files.Distinct(StringComparer.Ordinal).ToList(), failures);
    }

    // Depth first with a stack of its own (a tree of any depth cannot exhaust the call stack); each folder
    // knows the real folders above it, which is what tells a loop from a second way to the same folder.
    private static void Walk(string root, List<string> files, List<IngestFailure> failures, HashSet<string> walked)
    {
        if (RealPath.Of(root) is not { } realRoot)
        {
            return;
        }

        var found = new List<string>();
        var folders = new Stack<Folder>([new Folder(root, realRoot, null)]);
        while (folders.TryPop(out var folder))
        {
            // Marked when walked, not when found: a link met on the way down is followed into its folder, so a
            // loop of links is met as a folder holding itself, whichever way the names sort.
            if (!walked.Add(folder.Real) || Entries(folder.Path, failures) is not { } entries)
            {
                continue;
            }

            var below = new List<Folder>();
            foreach (var entry in entries)
            {
                if (Path.GetFileName(entry).StartsWith('.'))
                {
                    continue;
                }

                if (!Directory.Exists(entry))
                {
                    if (DocumentExtensions.Contains(Path.GetExtension(entry).ToLowerInvariant()))
                    {
                        found.Add(entry);
                    }

                    continue;
                }

                var real = RealPath.Of(entry);
                if (real is null)
                {
                    failures.Add(new IngestFailure(entry, "the folder cannot be resolved: a symbolic link on its way loops or points nowhere"));
                }
                else if (folder.Above(real) is { } ancestor)
                {
                    failures.Add(new IngestFailure(entry, $"a symbolic link loop: this folder is {ancestor}, which holds it; it was walked once"));
                }
                else if (!walked.Contains(real))
                {
                    below.Add(new Folder(entry, real, folder));
                }
            }

            // Pushed in reverse so the walk takes folders in name order: which of two links to a folder is walked does not change between runs.
            for (var i = below.Count - 1; i >= 0; i--)
            {
                folders.Push(below[i]);
            }
        }

        files.AddRange(found.Order(StringComparer.Ordinal));
    }

    private static List<string>? Entries(string folder, List<IngestFailure> failures)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (UnauthorizedAccessException)
        {
            failures.Add(new IngestFailure(folder, "permission denied: the folder cannot be read; its documents were not ingested"));
        }
        catch (IOException ex)
        {
            failures.Add(new IngestFailure(folder, $"the folder cannot be read: {ex.Message.ReplaceLineEndings(" ").Trim()}"));
        }

        return null;
    }

    // A folder on the walk, by the path it was reached by and its real path, with the folder it lies in.
    private sealed record Folder(string Path, string Real, Folder? Parent)
    {
        public string? Above(string real)
        {
            for (var folder = this; folder is not null; folder = folder.Parent)
            {
                if (folder.Real == real)
                {
                    return folder.Path;
                }
            }

            return null;
        }
    }
}
