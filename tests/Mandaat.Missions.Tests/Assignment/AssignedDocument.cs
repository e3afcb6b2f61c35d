using System.Security.Cryptography;
using System.Text;

namespace Mandaat.Missions.Tests.Assignment;

/// <summary>One row of a gold table (tests/data/missions/*.tsv): a real document and the missions it is about.</summary>
public sealed record AssignedDocument(string Set, string Name, IReadOnlyList<string> Expected)
{
    /// <summary>The development gold: documents of tests/data/realworld and tests/data/heldout the rules were tuned on.</summary>
    public const string DevelopmentGold = "assignment.tsv";

    /// <summary>The held-out gold: documents of tests/data/assignment-heldout, gathered after the rules were written.</summary>
    public const string HeldOutGold = "assignment-heldout.tsv";

    /// <summary>The second held-out gold: documents of tests/data/assignment-heldout-2, gathered after the first set's changes.</summary>
    public const string SecondHeldOutGold = "assignment-heldout-2.tsv";

    public string TextPath => Path.Combine(RepoPaths.Root, "tests", "data", Set, Name + ".txt");

    /// <summary>
    /// Which half of the held-out set the document falls in, fixed by its file name alone: the first byte of the
    /// SHA-256 of the name, even for the tuning half (whose misses may be studied), odd for the half kept out of
    /// every change. A hash rather than an order, so adding documents never moves one already placed.
    /// </summary>
    public AssignmentHalf Half => SHA256.HashData(Encoding.UTF8.GetBytes(Name))[0] % 2 == 0 ? AssignmentHalf.Tuning : AssignmentHalf.HeldOut;

    /// <summary>The gold table's rows; a row whose expectation is "-" is about no one deployment and is left out.</summary>
    public static IReadOnlyList<AssignedDocument> ReadGold(string file = DevelopmentGold) =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "data", "missions", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(cells => cells[2] != "-")
            .Select(cells => new AssignedDocument(cells[0], cells[1], cells[2].Split(';')))
            .ToList();
}
