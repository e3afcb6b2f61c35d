using Mandaat.Missions.Tests.Assignment;
using Xunit.Abstractions;

namespace Mandaat.Missions.Tests;

/// <summary>
/// The honest measure of issue 22's target: real documents gathered after the rules were written
/// (tests/data/assignment-heldout and tests/data/assignment-heldout-2), each set split by file name into a tuning half
/// and a held-out half (docs/MISSIONS.md "Held-out assignment"). The floors are in <see cref="HeldOutSet"/>.
/// </summary>
public sealed class HeldOutAssignmentTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sets() => new(HeldOutSet.All.Select(set => set.Folder));

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_held_out_set_has_sixty_documents_of_fifteen_catalogued_missions(string folder)
    {
        var catalog = MissionCatalog.Load();
        var gold = HeldOutSet.Named(folder).ReadGold();
        var missions = gold.SelectMany(d => d.Expected).Distinct().ToList();

        Assert.True(gold.Count >= 60, $"{gold.Count} documents");
        Assert.True(missions.Count >= 15, $"{missions.Count} missions");
        Assert.All(gold, d => Assert.True(File.Exists(d.TextPath), d.TextPath));
        Assert.DoesNotContain(missions, id => catalog.Find(id) is null);
        Assert.Contains(gold, d => d.Half == AssignmentHalf.Tuning);
        Assert.Contains(gold, d => d.Half == AssignmentHalf.HeldOut);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_document_has_provenance_that_agrees_with_the_gold(string folder)
    {
        var set = HeldOutSet.Named(folder);
        var provenance = File.ReadLines(Path.Combine(set.FolderPath, "PROVENANCE.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .ToDictionary(cells => cells[0], cells => cells[4], StringComparer.Ordinal);
        var gold = File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "data", "missions", set.Gold))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(cells => cells[1], cells => cells[2], StringComparer.Ordinal);
        var texts = Directory.EnumerateFiles(set.FolderPath, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(texts, provenance.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(texts, gold.Keys.Order(StringComparer.Ordinal));
        Assert.All(texts, name => Assert.Equal(provenance[name!], gold[name!]));
    }

    [Fact]
    public void No_document_is_in_two_sets()
    {
        // A document seen while tuning the first set must not be scored again as unseen in the second.
        var names = HeldOutSet.All.SelectMany(set => set.ReadGold()).Select(d => d.Name).ToList();
        var urls = HeldOutSet.All
            .SelectMany(set => File.ReadLines(Path.Combine(set.FolderPath, "PROVENANCE.tsv")).Skip(1))
            .Select(line => line.Split('\t')[1])
            .ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_split_is_fixed_by_the_file_name(string folder)
    {
        // A document's half must not depend on which other documents are in the set.
        var gold = HeldOutSet.Named(folder).ReadGold();
        var first = gold[0];
        var alone = new AssignedDocument(first.Set, first.Name, first.Expected);

        Assert.Equal(alone.Half, first.Half);
        Assert.InRange(gold.Count(d => d.Half == AssignmentHalf.Tuning), gold.Count / 4, gold.Count * 3 / 4);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Held_out_documents_land_in_the_right_mission_no_worse_than_last_measured(string folder)
    {
        var set = HeldOutSet.Named(folder);
        var gold = set.ReadGold();
        var linked = AssignmentRun.Link(MissionCatalog.Load(), gold);
        var all = AssignmentScore.Of(gold, linked);
        var tuning = Half(gold, linked, AssignmentHalf.Tuning);
        var heldOut = Half(gold, linked, AssignmentHalf.HeldOut);

        output.WriteLine($"all: {all}");
        output.WriteLine($"tuning half: {tuning}");
        output.WriteLine($"held-out half: {heldOut}");
        // Only the tuning half's misses are named: the held-out half's are for counting, not for study.
        tuning.Wrong.ToList().ForEach(wrong => output.WriteLine($"  tuning: {wrong}"));
        foreach (var (cause, misses) in HeldOutMissesByCause(gold.Where(d => d.Half == AssignmentHalf.HeldOut), linked))
        {
            output.WriteLine($"  held-out misses {cause}: {misses}");
        }

        AssertAtLeast(set.TuningRight, tuning);
        AssertAtLeast(set.HeldOutRight, heldOut);
        Assert.True(all.SpuriousLinks <= set.MostSpuriousLinks, $"{all}");
    }

    [Fact]
    public void The_held_out_halves_of_both_sets_together_land_no_worse_than_last_measured()
    {
        // Issue 22's target is judged on documents nobody tuned on: the held-out halves of every set, one figure.
        var catalog = MissionCatalog.Load();
        var scores = HeldOutSet.All.Select(set =>
        {
            var gold = set.ReadGold();
            return Half(gold, AssignmentRun.Link(catalog, gold), AssignmentHalf.HeldOut);
        }).ToList();
        var right = scores.Sum(score => score.Right);
        var documents = scores.Sum(score => score.Documents);

        output.WriteLine($"held-out halves together: {right}/{documents} ({(double)right / documents:P1}), spurious {scores.Sum(score => score.SpuriousLinks)}");
        Assert.True(right >= HeldOutSet.CombinedHeldOutRight, $"{right}/{documents}");
    }

    private static AssignmentScore Half(IReadOnlyList<AssignedDocument> gold, IReadOnlyDictionary<AssignedDocument, IReadOnlyList<string>> linked, AssignmentHalf half) =>
        AssignmentScore.Of(gold.Where(d => d.Half == half).ToList(), linked);

    /// <summary>The held-out documents that missed, counted by cause: linked to no mission, or most strongly to another.</summary>
    private static IEnumerable<(string Cause, int Misses)> HeldOutMissesByCause(IEnumerable<AssignedDocument> heldOut, IReadOnlyDictionary<AssignedDocument, IReadOnlyList<string>> linked) =>
        heldOut.Where(d => linked[d].Count == 0 || !d.Expected.Contains(linked[d][0]))
            .GroupBy(d => linked[d].Count == 0 ? "linked to no mission" : d.Expected.Any(linked[d].Contains) ? "linked most strongly to another, its own further down" : "linked to other missions only")
            .Select(g => (g.Key, g.Count()))
            .OrderBy(m => m.Key, StringComparer.Ordinal);

    private static void AssertAtLeast(int floor, AssignmentScore score) =>
        Assert.True(score.Right >= floor, $"{score}; wrong: {string.Join("; ", score.Wrong)}");
}
