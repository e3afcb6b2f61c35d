using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Mandaat.Repository.Tests;

/// <summary>
/// The project graph drawn in docs/ARCHITECTURE.md is the graph the .csproj files declare: a newcomer reads
/// the map, so a reference added or dropped in a project must be drawn there too.
/// </summary>
public sealed partial class ProjectGraphTests
{
    private const string Heading = "## Project graph";

    [Fact]
    public void The_architecture_map_draws_every_project_with_exactly_its_references()
    {
        var drawn = DrawnGraph(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ARCHITECTURE.md")));
        var declared = DeclaredGraph();

        var differences = new List<string>();
        foreach (var (project, references) in declared)
        {
            if (!drawn.TryGetValue(project, out var shown))
            {
                differences.Add($"{project} is not drawn");
            }
            else if (!shown.SetEquals(references))
            {
                differences.Add($"{project} references {Show(references)} but is drawn with {Show(shown)}");
            }
        }

        differences.AddRange(drawn.Keys.Except(declared.Keys).Select(project => $"{project} is drawn but has no project file"));
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void A_drawn_line_names_the_project_and_its_references_without_the_common_prefix()
    {
        var drawn = DrawnGraph($"{Heading}\n\n```text\nMandaat.Core\nMandaat.Store.Sqlite  → Store, Search\n```\n");

        Assert.Empty(drawn["Mandaat.Core"]);
        Assert.Equal(["Mandaat.Search", "Mandaat.Store"], drawn["Mandaat.Store.Sqlite"].Order());
    }

    /// <summary>Every product and tool project (not the tests) with the projects it references.</summary>
    private static Dictionary<string, HashSet<string>> DeclaredGraph()
    {
        var folders = new[] { "src", "tools" }.Select(folder => Path.Combine(RepoPaths.Root, folder)).Where(Directory.Exists);
        return folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .ToDictionary(
                file => Path.GetFileNameWithoutExtension(file),
                file => XDocument.Load(file).Descendants("ProjectReference")
                    .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
                    .ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    /// <summary>
    /// The first fenced block under the heading: one line per project, "Mandaat.X → A, B" (references named
    /// without "Mandaat."), or the project alone when it references none.
    /// </summary>
    private static Dictionary<string, HashSet<string>> DrawnGraph(string markdown)
    {
        var start = markdown.IndexOf(Heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/ARCHITECTURE.md has no \"{Heading}\" section");
        var block = FencedBlock().Match(markdown, start);
        Assert.True(block.Success, $"the \"{Heading}\" section has no fenced block");

        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in block.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('→', 2, StringSplitOptions.TrimEntries);
            var references = parts.Length == 2
                ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name => "Mandaat." + name)
                : [];
            graph.Add(parts[0], references.ToHashSet(StringComparer.Ordinal));
        }

        return graph;
    }

    private static string Show(IEnumerable<string> references) =>
        references.Any() ? string.Join(", ", references.Order(StringComparer.Ordinal)) : "nothing";

    [GeneratedRegex(@"```[a-z]*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
