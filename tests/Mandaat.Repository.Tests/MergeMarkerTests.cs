using System.Text.RegularExpressions;

namespace Mandaat.Repository.Tests;

/// <summary>
/// No source or document keeps a merge's conflict markers. A conflicted Markdown file still builds and its
/// links still resolve, so without this check the markers reached main once and were read by users.
/// </summary>
public sealed partial class MergeMarkerTests
{
    private static readonly string[] Checked = [".cs", ".md", ".json", ".csproj", ".props", ".sh", ".html", ".css", ".js", ".sql"];

    [Fact]
    public void No_file_keeps_a_conflict_marker()
    {
        var conflicted = Files()
            .Where(file => Marker().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepoPaths.Root, file))
            .ToList();

        Assert.True(conflicted.Count == 0, $"conflict markers left in: {string.Join(", ", conflicted)}");
    }

    [Fact]
    public void The_check_finds_a_marker()
    {
        Assert.Matches(Marker(), "text\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n");
        Assert.DoesNotMatch(Marker(), "a table\n|---|---|\n======= is a heading underline\n");
    }

    private static IEnumerable<string> Files() =>
        new[] { "src", "tests", "docs", "tools" }
            .Select(folder => Path.Combine(RepoPaths.Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Checked.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .Append(Path.Combine(RepoPaths.Root, "README.md"));

    [GeneratedRegex(@"^(<{7} |>{7} )", RegexOptions.Multiline)]
    private static partial Regex Marker();
}
