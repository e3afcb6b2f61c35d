using System.Text.RegularExpressions;

namespace Mandaat.Repository.Tests;

/// <summary>
/// Every reference in the docs resolves: a markdown link to a file of the repository, and a path written in
/// backticks. A renamed or moved file otherwise leaves the docs pointing a newcomer at nothing.
/// </summary>
public sealed partial class DocReferenceTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in MarkdownFiles())
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_link_and_path_in_the_document_resolves(string document)
    {
        var path = Path.Combine(RepoPaths.Root, document);
        var folder = Path.GetDirectoryName(path)!;
        var text = File.ReadAllText(path);
        var unresolved = new List<string>();

        foreach (Match link in MarkdownLink().Matches(text))
        {
            var target = link.Groups["target"].Value;
            if (IsExternal(target))
            {
                continue;
            }

            var file = target.Split('#')[0];
            if (file.Length > 0 && !Exists(Path.Combine(folder, file)))
            {
                unresolved.Add($"link ({target})");
            }
        }

        foreach (Match code in CodePath().Matches(text))
        {
            var reference = code.Groups["path"].Value;
            if (!CodePathResolves(reference))
            {
                unresolved.Add($"path `{reference}`");
            }
        }

        Assert.True(unresolved.Count == 0, $"{document} refers to what does not exist: {string.Join(", ", unresolved)}");
    }

    [Fact]
    public void The_check_finds_a_stale_reference()
    {
        Assert.False(CodePathResolves("Hosting/Pipelines.cs"));
        Assert.False(CodePathResolves("src/Mandaat.Nowhere/Nothing.cs"));
        Assert.False(CodePathResolves("../corpus/"));
        Assert.Equal("../toetsingskader.md", CodePath().Match("see `../toetsingskader.md`").Groups["path"].Value);
        Assert.True(CodePathResolves("Mandaat.slnx"));
        Assert.True(CodePathResolves("tests/Shared/RepoPaths.cs"));
        Assert.True(CodePathResolves("Shared/RepoPaths.cs"));
    }

    /// <summary>
    /// A path from the repository root must exist as written; a shorter one ("Search/SearchFlow.cs") must be the
    /// end of some file's path, so that it names something a reader can find.
    /// </summary>
    private static bool CodePathResolves(string reference)
    {
        var trimmed = reference.TrimEnd('/');
        if (trimmed.StartsWith("../", StringComparison.Ordinal))
        {
            // Outside the repository: a clean clone (CI's, a new developer's) does not have it.
            return false;
        }

        if (Exists(Path.Combine(RepoPaths.Root, trimmed)))
        {
            return true;
        }

        if (RootFolders.Any(root => trimmed.StartsWith(root + "/", StringComparison.Ordinal)))
        {
            return false;
        }

        var suffix = "/" + trimmed;
        return RepositoryFiles.Value.Any(file => file.EndsWith(suffix, StringComparison.Ordinal));
    }

    private static readonly string[] RootFolders = ["src", "tests", "docs", "samples", "tools"];

    private static readonly Lazy<string[]> RepositoryFiles = new(() =>
        Directory.EnumerateFileSystemEntries(RepoPaths.Root, "*", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .Select(file => "/" + Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'))
            .ToArray());

    private static IEnumerable<string> MarkdownFiles() =>
        new[] { Path.Combine(RepoPaths.Root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "data"), "README.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/');
        return relative.StartsWith(".git/", StringComparison.Ordinal) || relative.StartsWith(".build/", StringComparison.Ordinal)
            || relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal);
    }

    private static bool IsExternal(string target) =>
        target.StartsWith("http:", StringComparison.Ordinal) || target.StartsWith("https:", StringComparison.Ordinal)
        || target.StartsWith("mailto:", StringComparison.Ordinal) || target.StartsWith('#');

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    /// <summary>
    /// A code span that looks like a repository path: no spaces, at least one folder separator, not a route
    /// ("/api/…"), ending in a file name with an extension or in a folder slash; or anything above the
    /// repository ("../corpus/"), which never resolves in a clean clone.
    /// </summary>
    [GeneratedRegex(@"`(?<path>(?:\.\./)+[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*/?|(?![/.])[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*(?:/[A-Za-z0-9_-]+\.[A-Za-z0-9]+|/))`")]
    private static partial Regex CodePath();
}
