namespace Mandaat.Missions.Tests.Assignment;

/// <summary>One row of tests/data/missions/assignment.tsv: a real document and the missions it is about.</summary>
public sealed record AssignedDocument(string Set, string Name, IReadOnlyList<string> Expected)
{
    public string TextPath => Path.Combine(RepoPaths.Root, "tests", "data", Set, Name + ".txt");

    /// <summary>The gold table's rows; a row whose expectation is "-" is about no one deployment and is left out.</summary>
    public static IReadOnlyList<AssignedDocument> ReadGold() =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "data", "missions", "assignment.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(cells => cells[2] != "-")
            .Select(cells => new AssignedDocument(cells[0], cells[1], cells[2].Split(';')))
            .ToList();
}
